// The macros under imported and renamed paths.

use redline as rl;
use redline::{classified, data, module_purpose, purpose};

module_purpose!("support");

#[data("chat")]
pub struct Ticket {
    #[data("contact.email")]
    pub reporter: String,
    pub text: String,
}

#[classified]
pub struct Agent {
    #[rl::data("employee.name")]
    pub name: String,
}

#[rl::data("chat", purposes = ["support"])]
pub type Reply = String;

#[purpose("support")]
fn answer(ticket: &Ticket, agent: &Agent) -> Reply {
    format!(
        "{} answers {}: {}",
        agent.name, ticket.reporter, ticket.text
    )
}

#[rl::purpose("support.escalation")]
#[rl::declassify(from = "chat", reason = "length only")]
fn length(reply: &Reply) -> usize {
    reply.len()
}

fn main() {
    let ticket = Ticket {
        reporter: "a@example.com".into(),
        text: "help".into(),
    };
    let agent = Agent { name: "Bo".into() };
    let reply = answer(&ticket, &agent);
    assert_eq!(length(&reply), reply.len());
}

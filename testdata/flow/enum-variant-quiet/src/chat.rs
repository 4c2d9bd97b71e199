redline::module_purpose!("messaging");

use crate::crm::{self, Data};

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub fn share_with_sales(msg: &ChatMessage) -> String {
    let open = Data::Public { summary: String::from("new in Berlin") };
    let private = Data::Private { content: msg.body.clone() };
    let a = crm::tag(&open); // redline: no finding — Public holds a constant
    let b = crm::tag(&private); // redline: no finding — `content` is never read
    a + &b
}

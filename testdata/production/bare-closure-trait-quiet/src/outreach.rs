//! Weekend promotions, written before `dyn` was required: every closure type below names
//! `Fn`, `FnMut` or `FnOnce` as a bare trait (editions 2015 and 2018).

use crate::campaign;
use crate::inbox;
use crate::members::{self, ChatMessage, Member};

const PROMO: &str = "Gold is half price this weekend";

/// A renderer registered by the SMS gateway's C shim.
pub type RawRender = *const Fn(&str) -> String;

pub struct Outreach {
    formatter: Box<Fn(&ChatMessage) -> String + Send + Sync>,
    greeting: Box<Fn(&str) -> String + Send + Sync>,
    eligible: Box<std::ops::Fn(&Member) -> bool + Send>,
    jobs: Vec<Box<FnOnce() + Send>>,
}

impl Outreach {
    pub fn new(
        formatter: Box<Fn(&ChatMessage) -> String + Send + Sync>,
        greeting: Box<Fn(&str) -> String + Send + Sync>,
    ) -> Outreach {
        Outreach { formatter, greeting, eligible: Box::new(|m: &Member| !m.city.is_empty()), jobs: Vec::new() }
    }

    /// A promotional push addressed by member id.
    pub fn text_member(&self, m: &Member) -> bool {
        campaign::send_push(m.id, PROMO) // redline: no finding — the member id is not classified
    }

    /// The boxed formatter renders a chat message for the inbox notification (messaging);
    /// the greeting closure is given only the first name, which is not classified.
    pub fn personalised(&self, member: &Member, last: &ChatMessage) -> bool {
        if !(self.eligible)(member) {
            return false;
        }
        let quote = (self.formatter)(last);
        inbox::notify(member.id, &quote); // redline: no finding — chat data in messaging code
        let hello = (self.greeting)(&member.first_name);
        campaign::send_push(member.id, &hello) // redline: no finding — the closure got only the first name
    }

    /// The welcome text goes to account code, which may use the phone.
    pub fn welcome(&self, member: &Member) -> bool {
        let text = (self.greeting)(&member.first_name);
        members::send_welcome(&member.phone, &text) // redline: no finding — account code may use the phone
    }

    /// A job that runs later captures only the member id.
    pub fn schedule(&mut self, m: &Member) {
        let id = m.id;
        self.jobs.push(Box::new(move || {
            campaign::send_push(id, PROMO); // redline: no finding — the member id is not classified
        }));
    }

    pub fn run_jobs(&mut self) -> usize {
        let jobs: Vec<Box<FnOnce() + Send>> = self.jobs.drain(..).collect();
        let n = jobs.len();
        for job in jobs {
            job();
        }
        n
    }
}

/// A chat message rendered by a `&Fn` parameter, shown in the inbox.
pub fn chat_teaser(member_id: u64, msg: &ChatMessage, render: &Fn(&str) -> String) -> bool {
    let teaser = render(&msg.body);
    inbox::notify(member_id, &teaser) // redline: no finding — chat data in messaging code
}

/// The phone, second of two arguments to a `&mut FnMut`, goes to the login-code SMS.
pub fn normalised_login(m: &Member, code: u32, normalise: &mut FnMut(u64, &str) -> String) -> bool {
    let to = normalise(m.id, &m.phone);
    members::send_login_code(&to, code) // redline: no finding — account code may use the phone
}

/// A multi-line signature, as rustfmt writes it, with two bare closure parameters.
pub fn weekend_batch(
    members: &[Member],
    salute: &std::ops::Fn(&str) -> String,
    on_sent: &mut FnMut(u64),
) -> usize {
    let mut sent = 0;
    for m in members {
        let text = format!("{} {}", salute(&m.first_name), PROMO);
        if campaign::send_push(m.id, &text) { // redline: no finding — the closure got only the first name
            on_sent(m.id);
            sent += 1;
        }
    }
    sent
}

/// Raw pointers to bare closure traits, called through the pointer.
pub fn via_shim(m: &Member, render: RawRender) -> bool {
    let text = unsafe { (*render)(&m.first_name) };
    campaign::send_push(m.id, &text) // redline: no finding — the closure got only the first name
}

pub fn via_callback(m: &Member, code: u32, cb: *mut FnMut(&str) -> String) -> bool {
    let to = unsafe { (*cb)(&m.phone) };
    members::send_login_code(&to, code) // redline: no finding — account code may use the phone
}

/// The teaser renderer the chat export registers: a bare closure trait behind a type alias.
pub type Teaser = Fn(&ChatMessage) -> String + Send + Sync;

/// A bare closure that returns another bare closure; the text the second one gives goes to
/// the inbox.
pub fn deferred_teaser(member_id: u64, msg: &ChatMessage, make: Box<Fn(&ChatMessage) -> Box<Fn() -> String> + Send>) -> bool {
    let later = make(msg);
    let text = later();
    inbox::notify(member_id, &text) // redline: no finding — chat data in messaging code
}

/// A closure whose last parameter is a bare closure trait, called on the chat message.
pub fn render_with(member_id: u64, msg: &ChatMessage, render: &Fn(&ChatMessage) -> String) -> bool {
    let g = |r: &Fn(&ChatMessage) -> String| r(msg);
    let text = g(render);
    inbox::notify(member_id, &text) // redline: no finding — chat data in messaging code
}

/// The alias behind a reference.
pub fn alias_teaser(member_id: u64, msg: &ChatMessage, teaser: &Teaser) -> bool {
    let text = teaser(msg);
    inbox::notify(member_id, &text) // redline: no finding — chat data in messaging code
}

/// The alias in a box.
pub fn boxed_teaser(member_id: u64, msg: &ChatMessage, teaser: Box<Teaser>) -> bool {
    let text = teaser(msg);
    inbox::notify(member_id, &text) // redline: no finding — chat data in messaging code
}

/// A parenthesized bare closure trait with a `Send` bound, behind a reference.
pub fn bounded_teaser(member_id: u64, msg: &ChatMessage, render: &(Fn(&ChatMessage) -> String + Send)) -> bool {
    let text = render(msg);
    inbox::notify(member_id, &text) // redline: no finding — chat data in messaging code
}

/// A higher-ranked bare closure trait in a box.
pub fn any_lifetime_teaser(member_id: u64, msg: &ChatMessage, render: Box<for<'a> Fn(&'a ChatMessage) -> String>) -> bool {
    let text = render(msg);
    inbox::notify(member_id, &text) // redline: no finding — chat data in messaging code
}

fn shout(s: &str) -> String {
    s.to_uppercase()
}

/// A function returning a bare closure trait, its body right after the return type.
pub fn pick() -> &'static Fn(&str) -> String {
    &shout
}

/// The first name, shouted by the renderer `pick` returns, in a promotional push.
pub fn picked_push(m: &Member) -> bool {
    let hello = pick()(&m.first_name);
    campaign::send_push(m.id, &hello) // redline: no finding — the closure got only the first name
}

/// The phone, through the renderer `pick` returns, into the login-code SMS.
pub fn picked_login(m: &Member, code: u32) -> bool {
    let to = pick()(&m.phone);
    members::send_login_code(&to, code) // redline: no finding — account code may use the phone
}

/// Pushes to the member that the weekend renderer is live and returns it: the body that
/// follows a bare closure return type is analysed.
pub fn announce_renderer(m: &Member) -> &'static Fn(&str) -> String {
    campaign::send_push(m.id, PROMO); // redline: no finding — the member id is not classified
    &shout
}

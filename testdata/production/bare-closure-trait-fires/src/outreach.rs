//! Weekend promotions, written before `dyn` was required: every closure type below names
//! `Fn`, `FnMut` or `FnOnce` as a bare trait (editions 2015 and 2018).

use crate::campaign;
use crate::members::{self, ChatMessage, Member};

const PROMO: &str = "Gold is half price this weekend";

/// A renderer registered by the SMS gateway's C shim.
pub type RawRender = *const Fn(&str) -> String;

pub struct Outreach {
    formatter: Box<Fn(&ChatMessage) -> String + Send + Sync>,
    greeting: Box<Fn(&Member) -> String + Send + Sync>,
    eligible: Box<std::ops::Fn(&Member) -> bool + Send>,
    jobs: Vec<Box<FnOnce() + Send>>,
}

impl Outreach {
    pub fn new(
        formatter: Box<Fn(&ChatMessage) -> String + Send + Sync>,
        greeting: Box<Fn(&Member) -> String + Send + Sync>,
    ) -> Outreach {
        Outreach { formatter, greeting, eligible: Box::new(|m: &Member| !m.city.is_empty()), jobs: Vec::new() }
    }

    /// The member's phone, straight into a promotional SMS.
    pub fn text_member(&self, m: &Member) -> bool {
        campaign::send_sms(&m.phone, PROMO) // redline: expect purpose-violation (contact.phone, marketing)
    }

    /// What the boxed formatter returns depends on the chat message it was given.
    pub fn personalised(&self, member: &Member, last: &ChatMessage) -> bool {
        if !(self.eligible)(member) {
            return false;
        }
        let quote = (self.formatter)(last);
        campaign::send_push(member.id, &quote) // redline: expect purpose-violation (chat, marketing)
    }

    /// The welcome text goes to account code, which may use the phone.
    pub fn welcome(&self, member: &Member) -> bool {
        let text = (self.greeting)(member);
        members::send_welcome(&member.phone, &text) // redline: no finding — account code may use the phone
    }

    /// The phone captured by a job that runs later.
    pub fn schedule(&mut self, m: &Member) {
        let phone = m.phone.clone();
        self.jobs.push(Box::new(move || {
            campaign::send_sms(&phone, PROMO); // redline: expect purpose-violation (contact.phone, marketing)
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

/// A chat message rendered by a `&Fn` parameter, sent as a push.
pub fn chat_teaser(member_id: u64, msg: &ChatMessage, render: &Fn(&str) -> String) -> bool {
    let teaser = render(&msg.body);
    campaign::send_push(member_id, &teaser) // redline: expect purpose-violation (chat, marketing)
}

/// The phone, second of two arguments to a `&mut FnMut`, comes back in what it returns.
pub fn normalised_sms(m: &Member, normalise: &mut FnMut(u64, &str) -> String) -> bool {
    let to = normalise(m.id, &m.phone);
    campaign::send_sms(&to, PROMO) // redline: expect purpose-violation (contact.phone, marketing)
}

/// A multi-line signature, as rustfmt writes it, with two bare closure parameters.
pub fn weekend_batch(
    members: &[Member],
    to_e164: &std::ops::Fn(&str) -> String,
    on_sent: &mut FnMut(u64),
) -> usize {
    let mut sent = 0;
    for m in members {
        let to = to_e164(&m.phone);
        if campaign::send_sms(&to, PROMO) { // redline: expect purpose-violation (contact.phone, marketing)
            on_sent(m.id);
            sent += 1;
        }
    }
    sent
}

/// Raw pointers to bare closure traits, called through the pointer.
pub fn via_shim(m: &Member, render: RawRender) -> bool {
    let text = unsafe { (*render)(&m.phone) };
    campaign::send_push(m.id, &text) // redline: expect purpose-violation (contact.phone, marketing)
}

pub fn via_callback(m: &Member, cb: *mut FnMut(&str) -> String) -> bool {
    let to = unsafe { (*cb)(&m.phone) };
    campaign::send_sms(&to, PROMO) // redline: expect purpose-violation (contact.phone, marketing)
}

/// The teaser renderer the chat export registers: a bare closure trait behind a type alias.
pub type Teaser = Fn(&ChatMessage) -> String + Send + Sync;

/// A closure whose last parameter is a bare closure trait, called on the chat message.
pub fn render_with(member_id: u64, msg: &ChatMessage, render: &Fn(&ChatMessage) -> String) -> bool {
    let g = |r: &Fn(&ChatMessage) -> String| r(msg);
    let text = g(render);
    campaign::send_push(member_id, &text) // redline: expect purpose-violation (chat, marketing)
}

/// The alias behind a reference.
pub fn alias_teaser(member_id: u64, msg: &ChatMessage, teaser: &Teaser) -> bool {
    let text = teaser(msg);
    campaign::send_push(member_id, &text) // redline: expect purpose-violation (chat, marketing)
}

/// The alias in a box.
pub fn boxed_teaser(member_id: u64, msg: &ChatMessage, teaser: Box<Teaser>) -> bool {
    let text = teaser(msg);
    campaign::send_push(member_id, &text) // redline: expect purpose-violation (chat, marketing)
}

/// A parenthesized bare closure trait with a `Send` bound, behind a reference.
pub fn bounded_teaser(member_id: u64, msg: &ChatMessage, render: &(Fn(&ChatMessage) -> String + Send)) -> bool {
    let text = render(msg);
    campaign::send_push(member_id, &text) // redline: expect purpose-violation (chat, marketing)
}

/// A higher-ranked bare closure trait in a box.
pub fn any_lifetime_teaser(member_id: u64, msg: &ChatMessage, render: Box<for<'a> Fn(&'a ChatMessage) -> String>) -> bool {
    let text = render(msg);
    campaign::send_push(member_id, &text) // redline: expect purpose-violation (chat, marketing)
}

fn shout(s: &str) -> String {
    s.to_uppercase()
}

/// A function returning a bare closure trait, its body right after the return type.
pub fn pick() -> &'static Fn(&str) -> String {
    &shout
}

/// The phone, normalised by the renderer `pick` returns, into a promotional SMS.
pub fn picked_sms(m: &Member) -> bool {
    let to = pick()(&m.phone);
    campaign::send_sms(&to, PROMO) // redline: expect purpose-violation (contact.phone, marketing)
}

/// Texts the member that the weekend renderer is live and returns it: the body that follows
/// a bare closure return type is analysed.
pub fn announce_renderer(m: &Member) -> &'static Fn(&str) -> String {
    campaign::send_sms(&m.phone, PROMO); // redline: expect purpose-violation (contact.phone, marketing)
    &shout
}

/// Shape 1: a bare closure trait whose return type is another bare closure trait. The
/// closure `make` returns was made from the message: calling it carries the chat.
pub fn deferred_teaser(member_id: u64, msg: &ChatMessage, make: Box<Fn(&ChatMessage) -> Box<Fn() -> String> + Send>) -> bool {
    let later = make(msg);
    let text = later();
    campaign::send_push(member_id, &text) // redline: expect purpose-violation (chat, marketing)
}

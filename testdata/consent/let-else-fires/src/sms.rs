redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";
use crate::repo::Repo;

/// `Ok(_)` matches `Ok(false)` too: only an error leaves.
pub fn offer_by_id(repo: &Repo, id: u64) -> usize {
    let Ok(_) = repo.opted_in(id) else { return 0 };
    let Some(m) = repo.member(id) else { return 0 };
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// `let .. else` on another condition.
pub fn offer(m: &Member) -> usize {
    let true = m.is_paying() else { return 0 };
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// `let .. else` on the negated guard: leaves when the member opted in.
pub fn offer_inverted(m: &Member) -> usize {
    let true = !allows(m) else { return 0 };
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

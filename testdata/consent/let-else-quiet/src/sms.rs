redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";
use crate::repo::Repo;

/// `let true = guard else { return }`.
pub fn offer(m: &Member) -> usize {
    let true = allows(m) else { return 0 };
    gateway::send_sms(&m.phone, OFFER)
}

/// In a loop, on the guard field, with `continue`.
pub fn offer_all(members: &[Member]) -> usize {
    let mut sent = 0;
    for m in members {
        let true = m.marketing_opt_in else { continue };
        sent += gateway::send_sms(&m.phone, OFFER);
    }
    sent
}

/// A guard returning `Result<bool, _>`, by member id: `let Ok(true) = .. else`.
/// The member is then looked up by the same id.
pub fn offer_by_id(repo: &Repo, id: u64) -> usize {
    let Ok(true) = repo.opted_in(id) else { return 0 };
    let Some(m) = repo.member(id) else { return 0 };
    gateway::send_sms(&m.phone, OFFER)
}

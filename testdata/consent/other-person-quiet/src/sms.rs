redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";
use crate::repo::Repo;

/// Each member's number is used under that member's own guard.
pub fn offer_pair(a: &Member, b: &Member) -> usize {
    let mut sent = 0;
    if allows(a) {
        sent += gateway::send_sms(&a.phone, OFFER);
    }
    if allows(b) {
        sent += gateway::send_sms(&b.phone, OFFER);
    }
    sent
}

/// The guard and the look-up use the same id variable.
pub fn offer_by_id(repo: &Repo, sender: u64, recipient: u64) -> usize {
    gateway::note("offer requested by", sender);
    let Ok(true) = repo.opted_in(recipient) else { return 0 };
    match repo.member(recipient) {
        Some(m) => gateway::send_sms(&m.phone, OFFER),
        None => 0,
    }
}

redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";
use crate::repo::Repo;

/// The guard is checked for `a`, the number used is `b`'s.
pub fn offer_pair(a: &Member, b: &Member) -> usize {
    if allows(a) {
        return gateway::send_sms(&b.phone, OFFER); // redline: expect missing-consent (contact.phone, marketing.sms)
    }
    0
}

/// The guard is checked for one id, the member looked up by another.
pub fn offer_by_id(repo: &Repo, sender: u64, recipient: u64) -> usize {
    let Ok(true) = repo.opted_in(sender) else { return 0 };
    match repo.member(recipient) {
        Some(m) => gateway::send_sms(&m.phone, OFFER), // redline: expect missing-consent (contact.phone, marketing.sms)
        None => 0,
    }
}

/// The guard is checked once, for the first member of the list, and every member is texted.
pub fn offer_list(members: &[Member]) -> usize {
    let Some(first) = members.first() else { return 0 };
    if !first.marketing_opt_in {
        return 0;
    }
    members.iter().map(|m| gateway::send_sms(&m.phone, OFFER)).sum() // redline: expect missing-consent (contact.phone, marketing.sms)
}

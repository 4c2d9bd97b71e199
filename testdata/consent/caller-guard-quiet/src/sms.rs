redline::module_purpose!("marketing.sms");

use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";
use crate::repo::Repo;

/// Texts a member. No guard here: every call is guarded by its caller.
pub fn text_member(m: &Member) -> usize {
    gateway::send_sms(&m.phone, OFFER)
}

/// Texts a member looked up by id. No guard here: every caller checks the same id.
pub fn text_by_id(repo: &Repo, id: u64) -> usize {
    match repo.member(id) {
        Some(m) => gateway::send_sms(&m.phone, OFFER),
        None => 0,
    }
}

redline::module_purpose!("marketing.sms");

use crate::gateway;
use crate::repo::Repo;

pub const OFFER: &str = "Gold is half price this weekend";

/// Texts a member looked up by id. No guard here: it relies on its callers.
pub fn text_by_id(repo: &Repo, id: u64) -> usize {
    match repo.member(id) {
        Some(m) => gateway::send_sms(&m.phone, OFFER), // redline: expect missing-consent (contact.phone, marketing.sms)
        None => 0,
    }
}

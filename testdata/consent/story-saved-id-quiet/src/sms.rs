redline::module_purpose!("marketing.sms");

use crate::repo::{Outbox, Repo, SmsJob};

pub const OFFER: &str = "You looked at Gold: it is half price today";

/// When a member views the pricing page, an offer is saved for them under their id,
/// if they opted in.
pub fn on_pricing_viewed(repo: &Repo, outbox: &mut Outbox, id: u64) {
    if !repo.opted_in(id) {
        return;
    }
    let to = repo.phone_of(id).unwrap_or_default();
    outbox.save(id, SmsJob { to, text: OFFER.to_string() });
}

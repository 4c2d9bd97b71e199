redline::module_purpose!("marketing.sms");

use crate::repo::{Outbox, Repo, SmsJob};

pub const OFFER: &str = "You looked at Gold: it is half price today";

/// When a member views the pricing page, an offer is saved for them under their id.
pub fn on_pricing_viewed(repo: &Repo, outbox: &mut Outbox, id: u64) {
    let to = repo.phone_of(id).unwrap_or_default(); // redline: expect missing-consent (contact.phone, marketing.sms)
    outbox.save(id, SmsJob { to, text: OFFER.to_string() });
}

/// The same, checked for the referrer's id instead of the member's.
pub fn on_referred_pricing_viewed(repo: &Repo, outbox: &mut Outbox, referrer: u64, id: u64) {
    if !repo.opted_in(referrer) {
        return;
    }
    let to = repo.phone_of(id).unwrap_or_default(); // redline: expect missing-consent (contact.phone, marketing.sms)
    outbox.save(id, SmsJob { to, text: OFFER.to_string() });
}

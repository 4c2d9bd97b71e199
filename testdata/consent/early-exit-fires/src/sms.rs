redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// The negated guard's branch does not leave the function.
pub fn offer(m: &Member) -> usize {
    if !allows(m) {
        gateway::note("sending without opt-in", m.id);
    }
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// The `continue` is missing: the skipped member is recorded, then texted anyway.
pub fn offer_all(members: &[Member]) -> (usize, Vec<u64>) {
    let mut sent = 0;
    let mut skipped = Vec::new();
    for m in members {
        if !m.marketing_opt_in {
            skipped.push(m.id);
        }
        sent += gateway::send_sms(&m.phone, OFFER); // redline: expect missing-consent (contact.phone, marketing.sms)
    }
    (sent, skipped)
}

/// `bail!` leaves only the closure, and the closure's result is ignored.
pub fn offer_checked(m: &Member) -> Result<usize, String> {
    let check = || -> Result<(), String> {
        if !allows(m) {
            bail!("member {} did not opt in", m.id);
        }
        Ok(())
    };
    let _ = check();
    Ok(gateway::send_sms(&m.phone, OFFER)) // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// The exit is on the wrong branch: it leaves when the guard is true.
pub fn offer_inverted(m: &Member) -> usize {
    if m.marketing_opt_in {
        return 0;
    }
    gateway::send_sms(&m.phone, OFFER) // redline: expect missing-consent (contact.phone, marketing.sms)
}

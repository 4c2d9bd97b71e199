redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// The guard function, then the use inside its branch.
pub fn offer(m: &Member) -> usize {
    if allows(m) {
        return gateway::send_sms(&m.phone, OFFER);
    }
    0
}

/// The guard field.
pub fn offer_by_field(m: &Member) -> usize {
    if m.marketing_opt_in {
        gateway::send_sms(&m.phone, OFFER)
    } else {
        0
    }
}

/// The `else` of a negated guard runs only when the guard is true.
pub fn offer_else(m: &Member) -> usize {
    if !allows(m) {
        gateway::note("no opt-in", m.id);
        0
    } else {
        gateway::send_sms(&m.phone, OFFER)
    }
}

/// The data is read from a clone of the member whose guard was checked: the same person.
pub fn offer_to_copy(m: &Member) -> usize {
    let copy = m.clone();
    if allows(m) {
        return gateway::send_sms(&copy.phone, OFFER);
    }
    0
}

/// Nested: the use is inside the guard's branch, under a further condition.
pub fn offer_gold(m: &Member) -> usize {
    if m.marketing_opt_in {
        if m.is_paying() {
            return gateway::send_sms(&m.phone, "Thanks for being Gold");
        }
    }
    0
}

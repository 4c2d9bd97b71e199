redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// `.filter(|m| guard(m))` before the elements are used.
pub fn blast(members: &[Member]) -> usize {
    members
        .iter()
        .filter(|m| allows(m))
        .map(|m| gateway::send_sms(&m.phone, OFFER))
        .sum()
}

/// The same on the guard field, in a `for` loop.
pub fn blast_loop(members: &[Member]) -> usize {
    let mut sent = 0;
    for m in members.iter().filter(|m| m.marketing_opt_in) {
        sent += gateway::send_sms(&m.phone, OFFER);
    }
    sent
}

/// `.retain(..)` on the collection, then its elements are used.
pub fn blast_retained(mut members: Vec<Member>) -> usize {
    members.retain(|m| m.marketing_opt_in);
    let mut sent = 0;
    for m in &members {
        sent += gateway::send_sms(&m.phone, OFFER);
    }
    sent
}

/// Filtered and collected first, used later.
pub fn blast_collected(members: &[Member]) -> usize {
    let audience: Vec<&Member> = members.iter().filter(|m| allows(m)).collect();
    audience.iter().map(|m| gateway::send_sms(&m.phone, OFFER)).sum()
}

redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// The filter only counts; the unfiltered members are texted.
pub fn blast(members: &[Member]) -> usize {
    let reachable = members.iter().filter(|m| allows(m)).count();
    gateway::note("reachable members", reachable as u64);
    members.iter().map(|m| gateway::send_sms(&m.phone, OFFER)).sum() // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// A copy is retained; the original list is texted.
pub fn blast_retained(members: Vec<Member>) -> usize {
    let mut opted = members.clone();
    opted.retain(|m| m.marketing_opt_in);
    gateway::note("opted-in members", opted.len() as u64);
    let mut sent = 0;
    for m in &members {
        sent += gateway::send_sms(&m.phone, OFFER); // redline: expect missing-consent (contact.phone, marketing.sms)
    }
    sent
}

/// The filter comes after the use: every member is texted, then the results are filtered.
pub fn blast_then_filter(members: &[Member]) -> usize {
    members
        .iter()
        .map(|m| (m.marketing_opt_in, gateway::send_sms(&m.phone, OFFER))) // redline: expect missing-consent (contact.phone, marketing.sms)
        .filter(|(opted_in, _)| *opted_in)
        .map(|(_, n)| n)
        .sum()
}

/// The filter keeps those who did not opt in.
pub fn blast_negated(members: &[Member]) -> usize {
    members
        .iter()
        .filter(|m| !allows(m))
        .map(|m| gateway::send_sms(&m.phone, OFFER)) // redline: expect missing-consent (contact.phone, marketing.sms)
        .sum()
}

redline::module_purpose!("marketing.email.weekly");

use crate::gateway;
use crate::member::Member;

/// Two categories of the rule: one finding for each, at its first use.
pub fn weekly(m: &Member) -> usize {
    let by_mail = gateway::send_email(&m.email, "This week on the site"); // redline: expect missing-consent (contact.email, marketing.email.weekly)
    let by_sms = gateway::send_sms(&m.phone, "Your weekly digest is in your inbox"); // redline: expect missing-consent (contact.phone, marketing.email.weekly)
    let again = gateway::send_email(&m.email, "Reminder"); // redline: no finding — second use of `contact.email` in this function
    let local = format!("Events in {}", m.city); // redline: no finding — `location` is not in the rule
    by_mail + by_sms + again + local.len()
}

redline::module_purpose!("marketing.email.weekly");

use crate::gateway;
use crate::member::Member;

pub fn weekly(m: &Member) -> usize {
    let local = format!("Events in {}", m.city);
    if !m.marketing_opt_in {
        return 0;
    }
    let by_mail = gateway::send_email(&m.email, "This week on the site");
    let by_sms = gateway::send_sms(&m.phone, "Your weekly digest is in your inbox");
    by_mail + by_sms + local.len()
}

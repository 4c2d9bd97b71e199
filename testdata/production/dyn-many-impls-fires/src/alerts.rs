use crate::members::Member;
use crate::notifiers::Notifier;

/// 32 implementations of `Notifier`: at the bound, each is followed, and `SmsNotifier`
/// passes the phone number on to the marketing function `campaign::text_offer`.
pub fn security_alert(n: &dyn Notifier, m: &Member) -> bool {
    n.notify(&m.phone) // redline: no finding — reported in `SmsNotifier::notify`, which makes the call into marketing
}

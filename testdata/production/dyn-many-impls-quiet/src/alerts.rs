use crate::members::Member;
use crate::notifiers::Notifier;

/// 33 implementations of `Notifier`: one past the bound, the `dyn` call is modelled like a
/// dependency call, and what `SmsNotifier::notify` passes on to marketing is not followed.
pub fn security_alert(n: &dyn Notifier, m: &Member) -> bool {
    n.notify(&m.phone) // redline: no finding — past the bound (docs/flow.md: flows inside the implementations are missed)
}

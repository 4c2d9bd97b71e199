use crate::campaign;
use crate::members::Member;

pub fn spring_promo(m: &Member) -> bool {
    campaign::send_newsletter(&m.email, "Spring offer: Gold at half price") // redline: expect purpose-violation (contact.email, marketing)
}

/// A `#[test]` function outside a `#[cfg(test)]` module.
#[test]
fn spring_promo_smoke() {
    let m = Member::new(1, "ana@example.org");
    assert!(campaign::send_newsletter(&m.email, "smoke test")); // redline: no finding — a #[test] function is not checked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn promo_goes_out() {
        let m = Member::new(2, "ben@example.org");
        let sent = ; // a syntax error in test code: not parsed, not reported
        assert!(spring_promo(&m) && sent);
    }
}

/// After the test module: still analysed, and its line numbers are unchanged.
pub fn win_back(m: &Member) -> bool {
    let subject = format!("We miss you! {} days since your last match", m.last_active_days);
    campaign::send_newsletter(&m.email, &subject) // redline: expect purpose-violation (contact.email, marketing)
}

use crate::campaign;
use crate::members::Member;

pub fn spring_promo(m: &Member) -> bool {
    campaign::queue_newsletter(m.id, "Spring offer: Gold at half price") // redline: no finding — an id
}

/// A `#[test]` function outside a `#[cfg(test)]` module, with a syntax error.
#[test]
fn spring_promo_smoke() {
    let m = Member::new(1, "ana@example.org");
    let sent = campaign::send_newsletter(&m.email, "smoke test") &&; // redline: no finding — not parsed
    assert!(sent);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn win_back_reaches_the_address() {
        let m = Member::new(2, "ben@example.org");
        assert!(campaign::send_newsletter(&m.email, "We miss you!")); // redline: no finding — test code
    }
}

pub fn win_back(m: &Member) -> bool {
    let subject = format!("We miss you! {} days since your last match", m.last_active_days);
    campaign::queue_newsletter(m.id, &subject) // redline: no finding — an id and a day count
}

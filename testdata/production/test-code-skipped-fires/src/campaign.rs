/// Queues one newsletter email to an address.
pub fn send_newsletter(to: &str, subject: &str) -> bool {
    !to.is_empty() && !subject.is_empty()
}

#[cfg(test)]
use crate::members::Member;

/// Test-only: a marketing function reading the email, compiled for tests only.
#[cfg(test)]
fn preview_for(m: &Member) -> String {
    format!("To: {}\nSubject: preview", m.email) // redline: no finding — a #[cfg(test)] item is not checked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preview_has_the_address() {
        let m = Member::new(3, "cy@example.org");
        assert!(preview_for(&m).contains(&m.email)); // redline: no finding — test code
        assert!(send_newsletter(&m.email, "preview"));
    }
}

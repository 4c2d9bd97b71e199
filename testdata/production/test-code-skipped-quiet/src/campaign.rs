/// Queues one newsletter email to an address.
pub fn send_newsletter(to: &str, subject: &str) -> bool {
    !to.is_empty() && !subject.is_empty()
}

/// Queues a newsletter by member id; the mailer looks the address up under `account`.
pub fn queue_newsletter(member_id: u64, subject: &str) -> bool {
    member_id != 0 && !subject.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::members::Member;

    #[test]
    fn sends_to_the_address() {
        let m = Member::new(3, "cy@example.org");
        // redline:allow(purpose-violaton)
        assert!(send_newsletter(&m.email, "preview")); // redline: no finding — test code, and the suppression above is ignored
    }
}

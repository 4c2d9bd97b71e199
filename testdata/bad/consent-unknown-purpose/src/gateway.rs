//! The SMS and telephony client. No purpose of its own: it acts for its callers.

pub fn send_sms(to: &str, text: &str) -> usize {
    to.len() + text.len()
}

pub fn dial(to: &str) -> bool {
    !to.is_empty()
}

pub fn note(what: &str, member: u64) {
    let _ = (what, member);
}

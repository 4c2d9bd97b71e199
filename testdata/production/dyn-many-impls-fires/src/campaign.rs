/// Queues one line of the weekly newsletter for a member.
pub fn send_newsletter(member_id: u64, line: &str) -> bool {
    member_id != 0 && !line.is_empty()
}

/// Texts a promotion to a phone number.
pub fn text_offer(to: &str, body: &str) -> bool {
    !to.is_empty() && !body.is_empty()
}

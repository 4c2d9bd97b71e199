/// Queues one promotional SMS.
pub fn send_sms(to: &str, text: &str) -> bool {
    !to.is_empty() && !text.is_empty()
}

/// Queues one promotional push notification.
pub fn send_push(member_id: u64, text: &str) -> bool {
    member_id > 0 && !text.is_empty()
}

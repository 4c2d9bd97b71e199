redline::module_purpose!("sales");

// redline: no finding — no chat data here.
pub fn pitch(member_id: u64, months_subscribed: u32) -> String {
    format!("Member {member_id}: {months_subscribed} months, offer the yearly plan")
}

redline::module_purpose!("sales");

pub mod inbox_bridge;

// redline: no finding — no chat data here.
pub fn pitch(member_id: u64) -> String {
    format!("Call member {member_id} about the spring offer")
}

redline::module_purpose!("sales");

pub fn pitch(member_id: u64) -> String {
    format!("Call {member_id}")
}

redline::module_purpose!("sales");

pub fn add_note(member: u64, note: String) -> String {
    format!("lead {member}: {note}")
}

redline::module_purpose!("sales");

pub fn attach_notes(member: u64, notes: &[String]) -> String {
    format!("lead {member}: {}", notes.join("; "))
}

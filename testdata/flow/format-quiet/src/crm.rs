redline::module_purpose!("sales");

pub fn log_call_note(member: u64, note: String) -> String {
    format!("{member},{note}")
}

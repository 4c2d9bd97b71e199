redline::module_purpose!("sales");

pub fn note_id(member: u64) -> u64 {
    member
}

pub fn note_text(text: String) -> usize {
    text.len()
}

redline::module_purpose!("messaging");

pub fn store(member: u64, text: &str, copies: usize) -> bool {
    let kept = format!("{member}: {text}").repeat(copies);
    !kept.is_empty()
}

pub fn file(member: u64, text: &str, copies: usize) -> bool {
    let kept = format!("{member}: {}", text.to_lowercase()).repeat(copies);
    !kept.is_empty()
}

redline::module_purpose!("messaging");

pub fn blast(member: u64, text: &str, copies: usize) -> bool {
    let kept = format!("{member}: {text}").repeat(copies);
    !kept.is_empty()
}

redline::module_purpose!("marketing");

pub fn blast(member: u64, text: &str) -> bool {
    let mail = format!("To {member}:\n{text}\n-- Upgrade to Gold");
    !mail.is_empty()
}

pub fn shout(member: u64, text: &str) -> bool {
    let push = format!("{member}: {}", text.to_uppercase());
    !push.is_empty()
}

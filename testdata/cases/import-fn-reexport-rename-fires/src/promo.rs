redline::module_purpose!("marketing");

pub fn send_newsletter(member: u64, text: &str) -> bool {
    let mail = format!("To {member}:\n{text}\n-- Upgrade to Gold");
    !mail.is_empty()
}

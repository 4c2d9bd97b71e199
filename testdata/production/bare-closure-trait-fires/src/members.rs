#[derive(Debug, Clone)]
pub struct Member {
    pub id: u64,
    pub first_name: String,
    pub phone: String,
    pub city: String,
}

#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

/// Sends the one-time login code by SMS.
pub fn send_login_code(phone: &str, code: u32) -> bool {
    !phone.is_empty() && code > 0
}

/// Sends the welcome SMS after sign-up.
pub fn send_welcome(phone: &str, text: &str) -> bool {
    !phone.is_empty() && !text.is_empty()
}

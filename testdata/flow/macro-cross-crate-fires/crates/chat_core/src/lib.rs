//! Chat types and the macros other crates use to read them. No findings in this crate.

redline::module_purpose!("messaging");

#[redline::data("chat")]
#[derive(Debug, Clone, Default)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub fn inbox(member: u64) -> Vec<ChatMessage> {
    vec![ChatMessage { sender: member, body: String::from("dinner friday?") }]
}

/// The body of a member's latest message.
#[macro_export]
macro_rules! latest_body {
    ($member:expr) => {
        $crate::inbox($member).pop().map(|m| m.body).unwrap_or_default()
    };
}

/// A function taking a chat message, with the purpose given.
#[macro_export]
macro_rules! chat_handler {
    ($purpose:literal fn $name:ident($m:ident) -> $ret:ty $body:block) => {
        #[redline::purpose($purpose)]
        pub fn $name($m: &$crate::ChatMessage) -> $ret $body
    };
}

/// Counts, for any purpose.
#[macro_export]
macro_rules! tally {
    ($($x:expr),+) => { 0 $( + $crate::one($x) )+ };
}

pub fn one<T>(_x: T) -> usize {
    1
}

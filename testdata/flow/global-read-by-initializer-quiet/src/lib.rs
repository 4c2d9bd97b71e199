//! EXPECT: no findings
//!
//! A static is initialized by a function that reads another static; that one holds the
//! count of chat messages, not a message: sales code reading the first one uses no chat data.

use lazy_static::lazy_static;

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

pub mod inbox {
    redline::module_purpose!("messaging");

    pub fn all() -> Vec<super::ChatMessage> {
        vec![super::ChatMessage { body: String::from("hi") }]
    }

    pub fn count_label() -> String {
        format!("{} messages", *super::COUNT)
    }
}

lazy_static! {
    static ref COUNT: usize = inbox::all().len();
    static ref LABEL: String = inbox::count_label();
}

pub mod sales {
    redline::module_purpose!("sales");

    pub fn banner() -> String {
        format!("today: {}", *super::LABEL) // redline: no finding — a count, not a message
    }
}

//! EXPECT: 1 finding
//! - purpose-violation at src/lib.rs:31 in fn `flow_global_lazy_fires::sales::banner`: category `chat` is not allowed for purpose `sales`
//!
//! A `lazy_static!` is initialized from the latest chat message; sales code reads it.

use lazy_static::lazy_static;

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

pub mod inbox {
    redline::module_purpose!("messaging");

    pub fn latest() -> super::ChatMessage {
        super::ChatMessage { body: String::from("hi") }
    }
}

lazy_static! {
    static ref PINNED: String = inbox::latest().body;
    static ref VERSION: String = String::from("1.0");
}

pub mod sales {
    redline::module_purpose!("sales");

    pub fn banner() -> String {
        let v = super::VERSION.clone(); // redline: no finding — a constant
        format!("{v}: {}", *super::PINNED) // redline: expect purpose-violation (chat, sales)
    }
}

//! EXPECT: 1 finding
//! - purpose-violation at src/lib.rs:36 in fn `flow_global_read_by_initializer_fires::sales::banner`: category `chat` is not allowed for purpose `sales`
//!
//! A static is initialized by a function that reads another static, which holds the latest
//! chat message; sales code reads the first one. (The second static's initializer was not
//! walked again once the function it calls had read the first one.)

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

    pub fn preview() -> String {
        super::PINNED.chars().take(20).collect()
    }
}

lazy_static! {
    static ref PINNED: String = inbox::latest().body;
    static ref PREVIEW: String = inbox::preview();
}

pub mod sales {
    redline::module_purpose!("sales");

    pub fn banner() -> String {
        format!("today: {}", *super::PREVIEW) // redline: expect purpose-violation (chat, sales)
    }
}

//! EXPECT: 1 finding
//! - purpose-violation at src/lib.rs:30 in fn `flow_global_thread_local_fires::sales::digest`: category `chat` is not allowed for purpose `sales`
//!
//! Messaging code buffers chat text in a `thread_local!`; sales code on the same thread
//! reads the buffer.

use std::cell::RefCell;

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

thread_local! {
    static BUFFER: RefCell<Vec<String>> = RefCell::new(Vec::new());
}

pub mod inbox {
    redline::module_purpose!("messaging");

    pub fn receive(m: &super::ChatMessage) {
        super::BUFFER.with(|b| b.borrow_mut().push(m.body.clone()));
    }
}

pub mod sales {
    redline::module_purpose!("sales");

    pub fn digest() -> String {
        super::BUFFER.with(|b| b.borrow().join(" ")) // redline: expect purpose-violation (chat, sales)
    }
}

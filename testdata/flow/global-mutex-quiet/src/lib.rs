//! EXPECT: no findings
//!
//! Messaging code counts chat messages in a static and keeps the text in another; sales
//! code reads only the count. Chat text pushed into a copy of a static's contents stays in
//! the copy.

use std::sync::Mutex;

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

static SEEN: Mutex<Vec<usize>> = Mutex::new(Vec::new());
static mut LAST_TEXT: String = String::new();
static NAMES: Mutex<Vec<String>> = Mutex::new(Vec::new());

pub mod inbox {
    redline::module_purpose!("messaging");

    pub fn receive(m: &super::ChatMessage) {
        super::SEEN.lock().unwrap().push(m.body.len());
        unsafe {
            super::LAST_TEXT = m.body.clone();
        }
    }

    pub fn preview(m: &super::ChatMessage) -> usize {
        let mut names = super::NAMES.lock().unwrap().clone();
        names.push(m.body.clone());
        names.len()
    }
}

pub mod sales {
    redline::module_purpose!("sales");

    pub fn volume() -> usize {
        super::SEEN.lock().unwrap().iter().sum() // redline: no finding — only lengths are stored here
    }

    pub fn names() -> Vec<String> {
        super::NAMES.lock().unwrap().clone() // redline: no finding — chat went into a copy only
    }
}

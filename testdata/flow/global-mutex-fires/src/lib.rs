//! EXPECT: 2 findings
//! - purpose-violation at src/lib.rs:35 in fn `flow_global_mutex_fires::sales::leads`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:39 in fn `flow_global_mutex_fires::sales::opener`: category `chat` is not allowed for purpose `sales`
//!
//! Messaging code keeps chat text in statics (a `Mutex<Vec<String>>` and a `OnceLock`),
//! through a helper that stores its argument; sales code reads them elsewhere.

use std::sync::{Mutex, OnceLock};

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

static RECENT: Mutex<Vec<String>> = Mutex::new(Vec::new());
static FIRST: OnceLock<String> = OnceLock::new();

fn remember(text: String) {
    RECENT.lock().unwrap().push(text);
}

pub mod inbox {
    redline::module_purpose!("messaging");

    pub fn receive(m: &super::ChatMessage) {
        super::remember(m.body.clone());
        let _ = super::FIRST.set(m.body.to_uppercase());
    }
}

pub mod sales {
    redline::module_purpose!("sales");

    pub fn leads() -> Vec<String> {
        super::RECENT.lock().unwrap().clone() // redline: expect purpose-violation (chat, sales)
    }

    pub fn opener() -> usize {
        super::FIRST.get().map(|s| s.len()).unwrap_or(0) // redline: expect purpose-violation (chat, sales)
    }
}

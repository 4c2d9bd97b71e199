//! EXPECT: 1 finding
//! - purpose-violation at src/lib.rs:25 in fn `case_purpose_override_inline_mod_fires::upsell::teaser`: category `chat` is not allowed for purpose `sales`
//!
//! The crate root is a `messaging` module; the inline module `upsell` is
//! declared `#[redline::purpose("sales")]`, so its functions are `sales`.

redline::module_purpose!("messaging");

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

// redline: no finding — messaging.
pub fn deliver(m: &ChatMessage) -> usize {
    m.body.len()
}

#[redline::purpose("sales")]
pub mod upsell {
    use super::ChatMessage;

    pub fn teaser(m: &ChatMessage) -> String { // redline: expect purpose-violation (chat, sales)
        let n = m.body.len();
        format!("Your {n}-character message was read. Gold shows who read it!")
    }
}

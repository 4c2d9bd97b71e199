redline::module_purpose!("sales");

use crate::chat::ChatMessage;

pub struct Moderator {
    pub strikes: u32,
}

// redline: no finding — impl purpose trust_and_safety overrides the module's sales.
#[redline::purpose("trust_and_safety")]
impl Moderator {
    pub fn review(&mut self, m: &ChatMessage) -> bool {
        let bad = m.body.contains("crypto");
        if bad {
            self.strikes += 1;
        }
        bad
    }
}

use crate::chat::ChatMessage;

pub struct Matchmaker {
    pub name: String,
}

#[redline::purpose("sales")]
impl Matchmaker {
    pub fn pitch(&self, m: &ChatMessage) -> String { // redline: expect purpose-violation (chat, sales)
        let n = m.body.len();
        format!("{} here: your {n}-character essays deserve Gold", self.name)
    }

    // redline: no finding — method-level purpose overrides the impl's.
    #[redline::purpose("trust_and_safety")]
    pub fn report(&self, m: &ChatMessage) -> u64 {
        m.sender
    }
}

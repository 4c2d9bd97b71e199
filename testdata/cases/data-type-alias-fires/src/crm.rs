redline::module_purpose!("sales");

use crate::chat::{Thread, Transcript};

pub fn pitch_from_transcript(t: &Transcript) -> usize { // redline: expect purpose-violation (chat, sales)
    t.iter().filter(|line| line.contains("lonely")).count()
}

pub fn pitch_from_thread(t: &Thread) -> usize { // redline: expect purpose-violation (chat, sales)
    t.len()
}

//! EXPECT: no findings
//!
//! `Member` is not classified, only its `phone` field is. Code without a purpose copies
//! the field into a local, then overwrites the local with an unrelated value before
//! handing it to sales code: what the local held is gone, as it is when the field's
//! data comes from a classified type.

#[redline::classified]
pub struct Member {
    pub id: u64,
    #[redline::data("contact")]
    pub phone: String,
}

pub mod sales {
    redline::module_purpose!("sales");

    pub fn pitch(line: &str) -> usize {
        line.len()
    }
}

pub fn hand_over(m: &Member) -> usize {
    let mut line = m.phone.clone();
    line = format!("member {}", m.id);
    sales::pitch(&line) // redline: no finding — the phone number was replaced
}

pub fn hand_over_literal(m: &Member) -> usize {
    let mut text = m.phone.to_string();
    text = String::from("anonymous");
    sales::pitch(&text) + m.id as usize // redline: no finding — the phone number was replaced
}

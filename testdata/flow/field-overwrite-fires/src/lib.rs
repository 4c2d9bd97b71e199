//! EXPECT: 1 finding
//! - purpose-violation at src/lib.rs:30 in fn `flow_field_overwrite_fires::hand_over`: category `contact` is not allowed for purpose `sales`
//!
//! `Member` is not classified, only its `phone` field is. Code without a purpose copies
//! the field into a local and overwrites it only on one branch: the phone number may
//! still be there when the local is handed to sales code.

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

pub fn hand_over(m: &Member, anonymous: bool) -> usize {
    let mut line = String::new();
    line = m.phone.clone();
    if anonymous {
        line = format!("member {}", m.id);
    }
    let other = String::from("x");
    sales::pitch(&other) + sales::pitch(&line) // redline: expect purpose-violation (contact, sales)
}

//! EXPECT: 2 findings
//! - purpose-violation at src/lib.rs:25 in fn `case_import_use_data_fires::pitch`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:31 in fn `case_import_use_data_fires::mail_merge`: category `contact.email` is not allowed for purpose `sales`
//!
//! The annotations are imported (`use redline::data;`, `use redline::classified;`)
//! and used unqualified, on a struct and on a field.

redline::module_purpose!("sales");

use redline::classified;
use redline::data;

#[data("chat")]
pub struct ChatMessage {
    pub body: String,
}

#[classified]
pub struct Account {
    pub name: String,
    #[data("contact.email")]
    pub email: String,
}

pub fn pitch(m: &ChatMessage) -> usize { // redline: expect purpose-violation (chat, sales)
    m.body.len()
}

pub fn mail_merge(a: &Account) -> String {
    let name = a.name.clone();
    let email = a.email.clone(); // redline: expect purpose-violation (contact.email, sales)
    format!("{name} <{email}>")
}

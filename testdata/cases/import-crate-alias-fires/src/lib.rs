//! EXPECT: 2 findings
//! - purpose-violation at src/lib.rs:24 in fn `case_import_crate_alias_fires::pitch`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:30 in fn `case_import_crate_alias_fires::mail_merge`: category `contact.email` is not allowed for purpose `sales`
//!
//! The annotation crate is renamed with `use redline as rl;` and the
//! annotations are written `#[rl::data(..)]` / `#[rl::classified]`.

redline::module_purpose!("sales");

use redline as rl;

#[rl::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

#[rl::classified]
pub struct Account {
    pub name: String,
    #[rl::data("contact.email")]
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

//! EXPECT: 2 findings
//! - purpose-violation at src/lib.rs:52 in fn `flow_global_initializer_unguessed_callee_fires::sales::banner`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:56 in fn `flow_global_initializer_unguessed_callee_fires::sales::footer`: category `chat` is not allowed for purpose `sales`
//!
//! Two statics are initialized with the latest chat message through calls that names alone
//! do not tell: a method whose name nine types define, and a `Display` impl that `format!`
//! calls. Sales code reads both.

use lazy_static::lazy_static;

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

pub mod inbox {
    redline::module_purpose!("messaging");

    pub struct Inbox;
    impl Inbox {
        pub fn latest(&self) -> String {
            let m = super::ChatMessage { body: String::from("hi") };
            m.body
        }
    }
    pub struct A1; impl A1 { pub fn latest(&self) -> String { String::new() } }
    pub struct A2; impl A2 { pub fn latest(&self) -> String { String::new() } }
    pub struct A3; impl A3 { pub fn latest(&self) -> String { String::new() } }
    pub struct A4; impl A4 { pub fn latest(&self) -> String { String::new() } }
    pub struct A5; impl A5 { pub fn latest(&self) -> String { String::new() } }
    pub struct A6; impl A6 { pub fn latest(&self) -> String { String::new() } }
    pub struct A7; impl A7 { pub fn latest(&self) -> String { String::new() } }
    pub struct A8; impl A8 { pub fn latest(&self) -> String { String::new() } }

    pub struct Latest;
    impl std::fmt::Display for Latest {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(&Inbox.latest())
        }
    }
}

lazy_static! {
    static ref PINNED: String = inbox::Inbox.latest();
    static ref SHOWN: String = format!("{}", inbox::Latest);
}

pub mod sales {
    redline::module_purpose!("sales");

    pub fn banner() -> String {
        format!("today: {}", *super::PINNED) // redline: expect purpose-violation (chat, sales)
    }

    pub fn footer() -> String {
        format!("last: {}", *super::SHOWN) // redline: expect purpose-violation (chat, sales)
    }
}

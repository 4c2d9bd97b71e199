//! EXPECT: 2 findings
//! - purpose-violation at crates/sales_desk/src/lib.rs:14 in fn `sales_desk::opener`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at crates/sales_desk/src/lib.rs:18 in fn `sales_desk::quote_back`: category `chat` is not allowed for purpose `sales`
//!
//! `#[macro_export]` macros of another workspace crate, invoked as `chat_core::latest_body!`
//! and, after `use chat_core::chat_handler;`, as `chat_handler!`: what they generate
//! (`$crate` paths into `chat_core`) is analysed in this crate.

redline::module_purpose!("sales");

use chat_core::chat_handler;

pub fn opener(member: u64) -> String {
    let last = chat_core::latest_body!(member); // redline: expect purpose-violation (chat, sales)
    format!("You said {last:?}: Gold members get read receipts")
}

chat_handler!("sales" fn quote_back(msg) -> String { msg.body.clone() }); // redline: expect purpose-violation (chat, sales)

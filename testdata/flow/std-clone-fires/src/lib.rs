//! EXPECT: 3 findings
//! - purpose-violation at src/lib.rs:19 in fn `flow_std_clone_fires::typed`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:25 in fn `flow_std_clone_fires::arc_clone`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:30 in fn `flow_std_clone_fires::clone_clone`: category `chat` is not allowed for purpose `sales`
//!
//! A vendor client shared through an `Arc`: `Arc::clone(&crm)` and `Clone::clone(&crm)`
//! keep its type, so the `[functions]` entry for `vendor_crm::Client::push_note` matches
//! as it does with a typed `let`.

use std::sync::Arc;

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

pub fn typed(crm: Arc<vendor_crm::Client>, m: &ChatMessage) {
    let c: Arc<vendor_crm::Client> = crm.clone();
    c.push_note(&m.body); // redline: expect purpose-violation (chat, sales)
}

/// The usual shape in a handler that moves the client into a task.
pub fn arc_clone(crm: Arc<vendor_crm::Client>, m: &ChatMessage) {
    let crm = Arc::clone(&crm);
    crm.push_note(&m.body); // redline: expect purpose-violation (chat, sales)
}

pub fn clone_clone(crm: Arc<vendor_crm::Client>, m: &ChatMessage) {
    let crm = Clone::clone(&crm);
    crm.push_note(&m.body); // redline: expect purpose-violation (chat, sales)
}

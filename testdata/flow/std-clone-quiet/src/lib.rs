//! EXPECT: no findings
//!
//! `Arc::clone` of the vendor client, given data that is not classified, and a clone of
//! the message passed to a method the policy gives no purpose.

use std::sync::Arc;

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

pub fn note_count(crm: Arc<vendor_crm::Client>, n: usize) {
    let crm = Arc::clone(&crm);
    crm.push_note(&n.to_string()); // redline: no finding — a count, not chat data
}

pub fn archive(store: Arc<vendor_crm::Archive>, m: &ChatMessage) {
    let store = Arc::clone(&store);
    store.keep(&m.body); // redline: no finding — `Archive::keep` has no purpose
}

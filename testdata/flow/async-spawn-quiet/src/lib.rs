//! EXPECT: no findings
//!
//! The awaited messaging `async fn` returns a count; the `async move` block
//! awaits the same. The spawned closure that captures the chat body calls
//! only the messaging function `deliver`; the one that calls sales passes a
//! constant.

pub mod chat;
pub mod crm;

pub fn spawn<F: FnOnce()>(f: F) {
    f()
}

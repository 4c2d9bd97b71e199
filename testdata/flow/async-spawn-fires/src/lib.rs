//! EXPECT: 3 findings
//! - purpose-violation at src/chat.rs:22 in fn `flow_async_spawn_fires::chat::on_new`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:7 in fn `flow_async_spawn_fires::crm::follow_up`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:13 in fn `flow_async_spawn_fires::crm::follow_up_later`: category `chat` is not allowed for purpose `sales`
//!
//! `chat::last_text` is an `async fn` (messaging) returning a chat body;
//! awaited in a sales `async fn` and inside an `async move` block. The
//! messaging handler captures a body in a closure run by the unscoped
//! `spawn`, and the closure hands it to the sales function `log_interest`.

pub mod chat;
pub mod crm;

pub fn spawn<F: FnOnce()>(f: F) {
    f()
}

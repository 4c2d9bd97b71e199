//! EXPECT: 1 finding
//! - purpose-violation at src/lib.rs:47 in fn `flow_channel_state_fires::sales::digest`: category `chat` is not allowed for purpose `sales`
//!
//! The sender of a channel lives in the state of an axum-style service; a handler that no
//! workspace code calls (the framework does) sends chat text on it, and a sales task
//! created with the receiver reads it. The pairing goes through the state's field.

use axum::extract::State;
use std::sync::Arc;
use tokio::sync::mpsc;

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

pub struct AppState {
    pub events: mpsc::UnboundedSender<String>,
    pub audit: mpsc::UnboundedSender<String>,
}

pub fn build() -> (Arc<AppState>, mpsc::UnboundedReceiver<String>) {
    let (events, events_rx) = mpsc::unbounded_channel();
    let (audit, _audit_rx) = mpsc::unbounded_channel();
    (Arc::new(AppState { events, audit }), events_rx)
}

pub async fn start() -> Arc<AppState> {
    let (state, events_rx) = build();
    tokio::spawn(sales::digest(events_rx));
    state
}

pub mod handlers {
    redline::module_purpose!("messaging");

    pub async fn on_message(super::State(state): super::State<super::Arc<super::AppState>>, m: super::ChatMessage) {
        let _ = state.events.send(m.body);
    }
}

pub mod sales {
    redline::module_purpose!("sales");

    pub async fn digest(mut rx: super::mpsc::UnboundedReceiver<String>) -> usize {
        let mut n = 0;
        while let Some(text) = rx.recv().await { // redline: expect purpose-violation (chat, sales)
            n += text.len();
        }
        n
    }
}

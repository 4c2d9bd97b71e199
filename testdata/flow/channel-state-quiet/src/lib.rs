//! EXPECT: no findings
//!
//! The state of an axum-style service holds the senders of two channels of `String`s; a
//! handler that no workspace code calls (the framework does) sends chat text on the audit
//! channel and only a length on the events channel, whose receiver a sales task reads.
//! The pairing goes through the state's fields.

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
        let _ = state.audit.send(m.body.clone());
        let _ = state.events.send(m.body.len().to_string());
    }
}

pub mod sales {
    redline::module_purpose!("sales");

    pub async fn digest(mut rx: super::mpsc::UnboundedReceiver<String>) -> usize {
        let mut n = 0;
        while let Some(text) = rx.recv().await { // redline: no finding — lengths only
            n += text.len();
        }
        n
    }
}

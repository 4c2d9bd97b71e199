use std::sync::atomic::Ordering;

use crate::globals::{DRAFT, ICEBREAKER, LAST_REPORTED, MESSAGES_SENT, PHRASES};
use crate::model::ChatMessage;

pub fn report(msg: &ChatMessage) {
    *LAST_REPORTED.lock().unwrap() = Some(msg.body.clone());
}

pub fn deliver(msg: &ChatMessage) {
    MESSAGES_SENT.fetch_add(1, Ordering::Relaxed);
    PHRASES.lock().unwrap().push(msg.body.clone());
    DRAFT.with(|d| d.borrow_mut().push_str(&msg.body));
}

pub fn last_reported() -> Option<String> {
    LAST_REPORTED.lock().unwrap().clone() // redline: no finding — messaging may read chat
}

pub async fn icebreaker(msg: &ChatMessage) -> String {
    ICEBREAKER.get_or_init(|| async { msg.body.clone() }).await.clone() // redline: no finding — messaging
}

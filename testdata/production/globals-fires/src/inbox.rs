use crate::globals::{DRAFT, FIRST_MESSAGE, ICEBREAKER, LAST_REPORTED, PHRASES, REPORT_EXCERPT};
use crate::model::ChatMessage;

pub fn report(msg: &ChatMessage) {
    *LAST_REPORTED.lock().unwrap() = Some(msg.body.clone());
    let _ = REPORT_EXCERPT.set(msg.body.chars().take(80).collect());
}

pub fn deliver(msg: &ChatMessage) {
    let _ = FIRST_MESSAGE.set(msg.body.clone());
    PHRASES.lock().unwrap().extend(msg.body.split('.').map(|s| s.trim().to_string()));
    DRAFT.with(|d| d.borrow_mut().push_str(&msg.body));
}

pub async fn first_contact(msg: &ChatMessage) {
    let _ = ICEBREAKER.set(msg.body.clone());
}

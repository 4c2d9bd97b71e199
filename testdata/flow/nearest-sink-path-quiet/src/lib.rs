//! EXPECT: no findings
//!
//! The shape of `nearest-sink-path-fires`, where the SMS both ways from `a` reach delivers
//! messages (messaging) and the push both ways from `x` reach is moderation
//! (trust_and_safety): the chat body and the transcript may go there, by either way.

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

#[redline::data("chat")]
pub struct AbuseReport {
    pub transcript: String,
}

#[redline::purpose("messaging")]
pub fn sms(text: &str) {
    let _ = text;
}

#[redline::purpose("trust_and_safety")]
pub fn push(text: &str) {
    let _ = text;
}

#[redline::purpose("messaging")]
pub fn forward(m: &ChatMessage) {
    a(m.body.clone())
}

fn a(t: String) {
    long1(t.clone());
    sms(&t) // redline: no finding — `sms` delivers messages, allowed for chat
}

fn long1(t: String) {
    long2(t)
}

fn long2(t: String) {
    sms(&t) // redline: no finding — `sms` delivers messages, allowed for chat
}

#[redline::purpose("trust_and_safety")]
pub fn review(r: &AbuseReport) {
    x(r.transcript.clone(), 0)
}

fn x(t: String, n: u32) {
    y1(t.clone(), n);
    y4(t)
}

fn y1(t: String, n: u32) {
    y2(t, n)
}

fn y2(t: String, n: u32) {
    if n > 3 {
        y3(t)
    } else {
        x(t, n + 1)
    }
}

fn y3(t: String) {
    push(&t) // redline: no finding — `push` is moderation, allowed for chat
}

fn y4(t: String) {
    push(&t) // redline: no finding — `push` is moderation, allowed for chat
}

//! EXPECT: no findings
//!
//! The shape of `recursive-sink-path-fires`, where the SMS both paths reach delivers
//! messages (messaging): the chat body may go there, by either path.

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

#[redline::purpose("messaging")]
pub fn sms(text: &str) {
    let _ = text;
}

#[redline::purpose("messaging")]
pub fn forward(m: &ChatMessage) {
    a(m.body.clone(), 0)
}

fn a(t: String, n: u32) {
    b(t.clone(), n);
    c(t, n)
}

fn b(t: String, n: u32) {
    if n > 3 {
        sms(&t)
    } else {
        a(t, n + 1)
    }
}

fn c(t: String, n: u32) {
    let _ = n;
    sms(&t)
}

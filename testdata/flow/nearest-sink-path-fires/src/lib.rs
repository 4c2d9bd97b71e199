//! EXPECT: 2 findings
//! - purpose-violation at src/lib.rs:44 in fn `flow_nearest_sink_path_fires::a`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:82 in fn `flow_nearest_sink_path_fires::y4`: category `chat` is not allowed for purpose `marketing`
//!
//! A messaging handler hands a chat body to `a`, which first (earlier in the code) passes it
//! down a longer chain (`long1` -> `long2` -> `sms`, three hops from `a`) and after that sends
//! it by SMS (sales) itself (one hop). Both ways are valid; the finding names the nearest, the
//! direct call in `a` (fewest hops win over the order of the code), with the trace
//! `forward` -> `a` -> `sms`.
//!
//! The second shape: a trust-and-safety handler hands an abuse report's transcript to `x`,
//! which first passes it to `y1` (`y1` -> `y2` -> `y3` -> `push`, four hops from `x`, with
//! `y2` calling back into `x`: recursion) and after that to `y4` (`y4` -> `push`, two hops).
//! `push` is marketing. The finding names the nearest way, the call in `y4`, with the trace
//! `review` -> `x` -> `y4` -> `push`, whatever order the value flow walks the functions in.

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

#[redline::data("chat")]
pub struct AbuseReport {
    pub transcript: String,
}

#[redline::purpose("sales")]
pub fn sms(text: &str) {
    let _ = text;
}

#[redline::purpose("marketing")]
pub fn push(text: &str) {
    let _ = text;
}

#[redline::purpose("messaging")]
pub fn forward(m: &ChatMessage) {
    a(m.body.clone())
}

fn a(t: String) {
    long1(t.clone());
    sms(&t) // redline: expect purpose-violation (chat, sales)
}

fn long1(t: String) {
    long2(t)
}

fn long2(t: String) {
    sms(&t) // redline: no finding — a farther way to `sms` than the direct call in `a`
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
    push(&t) // redline: no finding — a farther way to `push` than the one through `y4`
}

fn y4(t: String) {
    push(&t) // redline: expect purpose-violation (chat, marketing)
}

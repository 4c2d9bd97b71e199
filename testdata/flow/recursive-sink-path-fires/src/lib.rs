//! EXPECT: 1 finding
//! - purpose-violation at src/lib.rs:33 in fn `flow_recursive_sink_path_fires::b`: category `chat` is not allowed for purpose `sales`
//!
//! A messaging handler hands a chat body to `a`, which passes it both to `b` (recursive
//! through `a`) and to `c`; `b` and `c` both send it by SMS (sales). Both paths are valid
//! and equally long (two hops from `a`); the finding names the one through `b`, the call
//! reported first in the code. This pins the rule: the nearest path (fewest hops, then first
//! in the code), whatever order the value flow walks the functions in, so that a change of
//! that order cannot move this finding and break users' baselines.

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

#[redline::purpose("sales")]
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

//! EXPECT: 1 finding
//! - purpose-violation at src/lib.rs:27 in fn `flow_long_return_chain_fires::relay`: category `chat` is not allowed for purpose `sales`
//!
//! `f40`, a helper without a purpose, builds a `ChatMessage` and returns its body; the body
//! is returned up through 39 more helpers without a purpose (`f39` returns what `f40`
//! returns, ..., `f01` what `f02` returns) to the messaging function `relay`, which sends
//! it by SMS for sales: reported at that call, in `relay`. The full way has 43 steps: the
//! classification, the value built in `f40`, the 40 returns (39 between the helpers, one
//! into `relay`) and the call into `sms`. A trace longer than 24 hops keeps where the data
//! was classified and 12 hops at each end (docs/flow.md, Traces): 13 steps up to the return
//! from `f30` into `f29`, then the last 12 (from `f11` into `f10` to the call into `sms`).

#[redline::data("chat")]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

#[redline::purpose("sales")]
pub fn sms(text: &str) {
    let _ = text;
}

#[redline::purpose("messaging")]
pub fn relay() {
    let text = f01();
    sms(&text) // redline: expect purpose-violation (chat, sales)
}

/// The first of 40 helpers without a purpose: each returns what the next one returns.
fn f01() -> String {
    f02()
}

fn f02() -> String {
    f03()
}

fn f03() -> String {
    f04()
}

fn f04() -> String {
    f05()
}

fn f05() -> String {
    f06()
}

fn f06() -> String {
    f07()
}

fn f07() -> String {
    f08()
}

fn f08() -> String {
    f09()
}

fn f09() -> String {
    f10()
}

fn f10() -> String {
    f11()
}

fn f11() -> String {
    f12()
}

fn f12() -> String {
    f13()
}

fn f13() -> String {
    f14()
}

fn f14() -> String {
    f15()
}

fn f15() -> String {
    f16()
}

fn f16() -> String {
    f17()
}

fn f17() -> String {
    f18()
}

fn f18() -> String {
    f19()
}

fn f19() -> String {
    f20()
}

fn f20() -> String {
    f21()
}

fn f21() -> String {
    f22()
}

fn f22() -> String {
    f23()
}

fn f23() -> String {
    f24()
}

fn f24() -> String {
    f25()
}

fn f25() -> String {
    f26()
}

fn f26() -> String {
    f27()
}

fn f27() -> String {
    f28()
}

fn f28() -> String {
    f29()
}

fn f29() -> String {
    f30()
}

fn f30() -> String {
    f31()
}

fn f31() -> String {
    f32()
}

fn f32() -> String {
    f33()
}

fn f33() -> String {
    f34()
}

fn f34() -> String {
    f35()
}

fn f35() -> String {
    f36()
}

fn f36() -> String {
    f37()
}

fn f37() -> String {
    f38()
}

fn f38() -> String {
    f39()
}

fn f39() -> String {
    f40()
}

/// The end of the chain: the one place the chat data comes from.
fn f40() -> String {
    let msg = ChatMessage { sender: 7, body: String::from("see you at eight") };
    msg.body
}

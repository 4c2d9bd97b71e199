//! EXPECT: no findings
//!
//! The chain of 40 helper functions of `long-param-chain-fires`, but the function at its
//! end alerts the moderator on duty by SMS for trust and safety, which `chat` allows: the
//! 43-step way from the classification to that call is a flow into an allowed purpose.

#[redline::data("chat")]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

/// An SMS to the moderator on duty.
#[redline::purpose("trust_and_safety")]
pub fn sms(text: &str) {
    let _ = text;
}

#[redline::purpose("messaging")]
pub fn forward(message: &ChatMessage) {
    g01(message.body.clone())
}

fn g01(text: String) {
    g02(text)
}

fn g02(text: String) {
    g03(text)
}

fn g03(text: String) {
    g04(text)
}

fn g04(text: String) {
    g05(text)
}

fn g05(text: String) {
    g06(text)
}

fn g06(text: String) {
    g07(text)
}

fn g07(text: String) {
    g08(text)
}

fn g08(text: String) {
    g09(text)
}

fn g09(text: String) {
    g10(text)
}

fn g10(text: String) {
    g11(text)
}

fn g11(text: String) {
    g12(text)
}

fn g12(text: String) {
    g13(text)
}

fn g13(text: String) {
    g14(text)
}

fn g14(text: String) {
    g15(text)
}

fn g15(text: String) {
    g16(text)
}

fn g16(text: String) {
    g17(text)
}

fn g17(text: String) {
    g18(text)
}

fn g18(text: String) {
    g19(text)
}

fn g19(text: String) {
    g20(text)
}

fn g20(text: String) {
    g21(text)
}

fn g21(text: String) {
    g22(text)
}

fn g22(text: String) {
    g23(text)
}

fn g23(text: String) {
    g24(text)
}

fn g24(text: String) {
    g25(text)
}

fn g25(text: String) {
    g26(text)
}

fn g26(text: String) {
    g27(text)
}

fn g27(text: String) {
    g28(text)
}

fn g28(text: String) {
    g29(text)
}

fn g29(text: String) {
    g30(text)
}

fn g30(text: String) {
    g31(text)
}

fn g31(text: String) {
    g32(text)
}

fn g32(text: String) {
    g33(text)
}

fn g33(text: String) {
    g34(text)
}

fn g34(text: String) {
    g35(text)
}

fn g35(text: String) {
    g36(text)
}

fn g36(text: String) {
    g37(text)
}

fn g37(text: String) {
    g38(text)
}

fn g38(text: String) {
    g39(text)
}

fn g39(text: String) {
    g40(text)
}

fn g40(text: String) {
    // The end of the chain: the only call into code with a purpose.
    sms(&text)
}

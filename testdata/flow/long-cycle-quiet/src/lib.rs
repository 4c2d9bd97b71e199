//! EXPECT: no findings
//!
//! The cycle of 100 helper functions of `long-cycle-fires`, but the function at its end
//! sends the chat body for messaging, which `chat` allows.

#[redline::data("chat")]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

#[redline::purpose("messaging")]
pub fn sms(text: &str) {
    let _ = text;
}

#[redline::purpose("messaging")]
pub fn forward(message: &ChatMessage) {
    hop2(message.body.clone(), 0)
}

fn hop1(text: String, n: u32) {
    if n > 1000 {
        sms(&text)
    } else {
        hop2(text, n + 1)
    }
}

fn hop2(text: String, n: u32) {
    hop3(text, n + 1)
}

fn hop3(text: String, n: u32) {
    hop4(text, n + 1)
}

fn hop4(text: String, n: u32) {
    hop5(text, n + 1)
}

fn hop5(text: String, n: u32) {
    hop6(text, n + 1)
}

fn hop6(text: String, n: u32) {
    hop7(text, n + 1)
}

fn hop7(text: String, n: u32) {
    hop8(text, n + 1)
}

fn hop8(text: String, n: u32) {
    hop9(text, n + 1)
}

fn hop9(text: String, n: u32) {
    hop10(text, n + 1)
}

fn hop10(text: String, n: u32) {
    hop11(text, n + 1)
}

fn hop11(text: String, n: u32) {
    hop12(text, n + 1)
}

fn hop12(text: String, n: u32) {
    hop13(text, n + 1)
}

fn hop13(text: String, n: u32) {
    hop14(text, n + 1)
}

fn hop14(text: String, n: u32) {
    hop15(text, n + 1)
}

fn hop15(text: String, n: u32) {
    hop16(text, n + 1)
}

fn hop16(text: String, n: u32) {
    hop17(text, n + 1)
}

fn hop17(text: String, n: u32) {
    hop18(text, n + 1)
}

fn hop18(text: String, n: u32) {
    hop19(text, n + 1)
}

fn hop19(text: String, n: u32) {
    hop20(text, n + 1)
}

fn hop20(text: String, n: u32) {
    hop21(text, n + 1)
}

fn hop21(text: String, n: u32) {
    hop22(text, n + 1)
}

fn hop22(text: String, n: u32) {
    hop23(text, n + 1)
}

fn hop23(text: String, n: u32) {
    hop24(text, n + 1)
}

fn hop24(text: String, n: u32) {
    hop25(text, n + 1)
}

fn hop25(text: String, n: u32) {
    hop26(text, n + 1)
}

fn hop26(text: String, n: u32) {
    hop27(text, n + 1)
}

fn hop27(text: String, n: u32) {
    hop28(text, n + 1)
}

fn hop28(text: String, n: u32) {
    hop29(text, n + 1)
}

fn hop29(text: String, n: u32) {
    hop30(text, n + 1)
}

fn hop30(text: String, n: u32) {
    hop31(text, n + 1)
}

fn hop31(text: String, n: u32) {
    hop32(text, n + 1)
}

fn hop32(text: String, n: u32) {
    hop33(text, n + 1)
}

fn hop33(text: String, n: u32) {
    hop34(text, n + 1)
}

fn hop34(text: String, n: u32) {
    hop35(text, n + 1)
}

fn hop35(text: String, n: u32) {
    hop36(text, n + 1)
}

fn hop36(text: String, n: u32) {
    hop37(text, n + 1)
}

fn hop37(text: String, n: u32) {
    hop38(text, n + 1)
}

fn hop38(text: String, n: u32) {
    hop39(text, n + 1)
}

fn hop39(text: String, n: u32) {
    hop40(text, n + 1)
}

fn hop40(text: String, n: u32) {
    hop41(text, n + 1)
}

fn hop41(text: String, n: u32) {
    hop42(text, n + 1)
}

fn hop42(text: String, n: u32) {
    hop43(text, n + 1)
}

fn hop43(text: String, n: u32) {
    hop44(text, n + 1)
}

fn hop44(text: String, n: u32) {
    hop45(text, n + 1)
}

fn hop45(text: String, n: u32) {
    hop46(text, n + 1)
}

fn hop46(text: String, n: u32) {
    hop47(text, n + 1)
}

fn hop47(text: String, n: u32) {
    hop48(text, n + 1)
}

fn hop48(text: String, n: u32) {
    hop49(text, n + 1)
}

fn hop49(text: String, n: u32) {
    hop50(text, n + 1)
}

fn hop50(text: String, n: u32) {
    hop51(text, n + 1)
}

fn hop51(text: String, n: u32) {
    hop52(text, n + 1)
}

fn hop52(text: String, n: u32) {
    hop53(text, n + 1)
}

fn hop53(text: String, n: u32) {
    hop54(text, n + 1)
}

fn hop54(text: String, n: u32) {
    hop55(text, n + 1)
}

fn hop55(text: String, n: u32) {
    hop56(text, n + 1)
}

fn hop56(text: String, n: u32) {
    hop57(text, n + 1)
}

fn hop57(text: String, n: u32) {
    hop58(text, n + 1)
}

fn hop58(text: String, n: u32) {
    hop59(text, n + 1)
}

fn hop59(text: String, n: u32) {
    hop60(text, n + 1)
}

fn hop60(text: String, n: u32) {
    hop61(text, n + 1)
}

fn hop61(text: String, n: u32) {
    hop62(text, n + 1)
}

fn hop62(text: String, n: u32) {
    hop63(text, n + 1)
}

fn hop63(text: String, n: u32) {
    hop64(text, n + 1)
}

fn hop64(text: String, n: u32) {
    hop65(text, n + 1)
}

fn hop65(text: String, n: u32) {
    hop66(text, n + 1)
}

fn hop66(text: String, n: u32) {
    hop67(text, n + 1)
}

fn hop67(text: String, n: u32) {
    hop68(text, n + 1)
}

fn hop68(text: String, n: u32) {
    hop69(text, n + 1)
}

fn hop69(text: String, n: u32) {
    hop70(text, n + 1)
}

fn hop70(text: String, n: u32) {
    hop71(text, n + 1)
}

fn hop71(text: String, n: u32) {
    hop72(text, n + 1)
}

fn hop72(text: String, n: u32) {
    hop73(text, n + 1)
}

fn hop73(text: String, n: u32) {
    hop74(text, n + 1)
}

fn hop74(text: String, n: u32) {
    hop75(text, n + 1)
}

fn hop75(text: String, n: u32) {
    hop76(text, n + 1)
}

fn hop76(text: String, n: u32) {
    hop77(text, n + 1)
}

fn hop77(text: String, n: u32) {
    hop78(text, n + 1)
}

fn hop78(text: String, n: u32) {
    hop79(text, n + 1)
}

fn hop79(text: String, n: u32) {
    hop80(text, n + 1)
}

fn hop80(text: String, n: u32) {
    hop81(text, n + 1)
}

fn hop81(text: String, n: u32) {
    hop82(text, n + 1)
}

fn hop82(text: String, n: u32) {
    hop83(text, n + 1)
}

fn hop83(text: String, n: u32) {
    hop84(text, n + 1)
}

fn hop84(text: String, n: u32) {
    hop85(text, n + 1)
}

fn hop85(text: String, n: u32) {
    hop86(text, n + 1)
}

fn hop86(text: String, n: u32) {
    hop87(text, n + 1)
}

fn hop87(text: String, n: u32) {
    hop88(text, n + 1)
}

fn hop88(text: String, n: u32) {
    hop89(text, n + 1)
}

fn hop89(text: String, n: u32) {
    hop90(text, n + 1)
}

fn hop90(text: String, n: u32) {
    hop91(text, n + 1)
}

fn hop91(text: String, n: u32) {
    hop92(text, n + 1)
}

fn hop92(text: String, n: u32) {
    hop93(text, n + 1)
}

fn hop93(text: String, n: u32) {
    hop94(text, n + 1)
}

fn hop94(text: String, n: u32) {
    hop95(text, n + 1)
}

fn hop95(text: String, n: u32) {
    hop96(text, n + 1)
}

fn hop96(text: String, n: u32) {
    hop97(text, n + 1)
}

fn hop97(text: String, n: u32) {
    hop98(text, n + 1)
}

fn hop98(text: String, n: u32) {
    hop99(text, n + 1)
}

fn hop99(text: String, n: u32) {
    hop100(text, n + 1)
}

fn hop100(text: String, n: u32) {
    hop1(text, n + 1)
}

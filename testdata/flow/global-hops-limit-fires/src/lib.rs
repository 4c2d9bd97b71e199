//! EXPECT: 1 finding
//! - analysis-limit at src/lib.rs:68 in fn `flow_global_hops_limit_fires::move7`: data still moves through channels and statics after 8 rounds
//!
//! A chat body is stored in a static, and each `move` function copies one static into the
//! next: the body takes one more hop per round of the outer fixpoint. Past 8 rounds the
//! rest of the way (to the sales SMS in `last`) is not followed: said, not silent.

use std::sync::Mutex;

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

#[redline::purpose("sales")]
pub fn sms(text: &str) {
    let _ = text;
}

#[redline::purpose("messaging")]
pub fn start(m: &ChatMessage) {
    *S0.lock().unwrap() = m.body.clone();
}

static S0: Mutex<String> = Mutex::new(String::new());
static S1: Mutex<String> = Mutex::new(String::new());
static S2: Mutex<String> = Mutex::new(String::new());
static S3: Mutex<String> = Mutex::new(String::new());
static S4: Mutex<String> = Mutex::new(String::new());
static S5: Mutex<String> = Mutex::new(String::new());
static S6: Mutex<String> = Mutex::new(String::new());
static S7: Mutex<String> = Mutex::new(String::new());
static S8: Mutex<String> = Mutex::new(String::new());
static S9: Mutex<String> = Mutex::new(String::new());
static S10: Mutex<String> = Mutex::new(String::new());
static S11: Mutex<String> = Mutex::new(String::new());

pub fn move1() {
    let v = S0.lock().unwrap().clone();
    *S1.lock().unwrap() = v;
}

pub fn move2() {
    let v = S1.lock().unwrap().clone();
    *S2.lock().unwrap() = v;
}

pub fn move3() {
    let v = S2.lock().unwrap().clone();
    *S3.lock().unwrap() = v;
}

pub fn move4() {
    let v = S3.lock().unwrap().clone();
    *S4.lock().unwrap() = v;
}

pub fn move5() {
    let v = S4.lock().unwrap().clone();
    *S5.lock().unwrap() = v;
}

pub fn move6() {
    let v = S5.lock().unwrap().clone();
    *S6.lock().unwrap() = v;
}

pub fn move7() {
    let v = S6.lock().unwrap().clone();
    *S7.lock().unwrap() = v;
}

pub fn move8() {
    let v = S7.lock().unwrap().clone();
    *S8.lock().unwrap() = v;
}

pub fn move9() {
    let v = S8.lock().unwrap().clone();
    *S9.lock().unwrap() = v;
}

pub fn move10() {
    let v = S9.lock().unwrap().clone();
    *S10.lock().unwrap() = v;
}

pub fn move11() {
    let v = S10.lock().unwrap().clone();
    *S11.lock().unwrap() = v;
}

pub fn last() {
    let v = S11.lock().unwrap().clone();
    sms(&v);
}

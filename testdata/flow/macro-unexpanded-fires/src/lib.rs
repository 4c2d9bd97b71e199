//! EXPECT: 4 findings
//! - analysis-limit (warning) at src/lib.rs:65 in fn `flow_macro_unexpanded_fires::fan_out`: the macro `twice6!` is not expanded (in the expansion of `twice30!`)
//! - analysis-limit (warning) at src/lib.rs:68: the macro `broken_item!` is not expanded
//! - analysis-limit (warning) at src/lib.rs:72 in fn `flow_macro_unexpanded_fires::pitch`: the macro `pick!` is not expanded
//! - purpose-violation at src/lib.rs:72 in fn `flow_macro_unexpanded_fires::pitch`: category `chat` is not allowed for purpose `sales`
//!
//! Macros of the workspace redline cannot expand are `analysis-limit` warnings at the
//! invocation naming the macro, never silence: one whose expansion doubles thirty times
//! (over the 100,000 tokens one invocation may generate), one whose output is not Rust,
//! and one that no rule matches. The comma-separated arguments of an invocation that is
//! not expanded are still analysed as expressions, as for macros from outside the
//! workspace: the chat body passed to `pick!` in sales code is reported.

macro_rules! twice0 { () => { let _ = 1; }; }
macro_rules! twice1 { () => { twice0!(); twice0!(); }; }
macro_rules! twice2 { () => { twice1!(); twice1!(); }; }
macro_rules! twice3 { () => { twice2!(); twice2!(); }; }
macro_rules! twice4 { () => { twice3!(); twice3!(); }; }
macro_rules! twice5 { () => { twice4!(); twice4!(); }; }
macro_rules! twice6 { () => { twice5!(); twice5!(); }; }
macro_rules! twice7 { () => { twice6!(); twice6!(); }; }
macro_rules! twice8 { () => { twice7!(); twice7!(); }; }
macro_rules! twice9 { () => { twice8!(); twice8!(); }; }
macro_rules! twice10 { () => { twice9!(); twice9!(); }; }
macro_rules! twice11 { () => { twice10!(); twice10!(); }; }
macro_rules! twice12 { () => { twice11!(); twice11!(); }; }
macro_rules! twice13 { () => { twice12!(); twice12!(); }; }
macro_rules! twice14 { () => { twice13!(); twice13!(); }; }
macro_rules! twice15 { () => { twice14!(); twice14!(); }; }
macro_rules! twice16 { () => { twice15!(); twice15!(); }; }
macro_rules! twice17 { () => { twice16!(); twice16!(); }; }
macro_rules! twice18 { () => { twice17!(); twice17!(); }; }
macro_rules! twice19 { () => { twice18!(); twice18!(); }; }
macro_rules! twice20 { () => { twice19!(); twice19!(); }; }
macro_rules! twice21 { () => { twice20!(); twice20!(); }; }
macro_rules! twice22 { () => { twice21!(); twice21!(); }; }
macro_rules! twice23 { () => { twice22!(); twice22!(); }; }
macro_rules! twice24 { () => { twice23!(); twice23!(); }; }
macro_rules! twice25 { () => { twice24!(); twice24!(); }; }
macro_rules! twice26 { () => { twice25!(); twice25!(); }; }
macro_rules! twice27 { () => { twice26!(); twice26!(); }; }
macro_rules! twice28 { () => { twice27!(); twice27!(); }; }
macro_rules! twice29 { () => { twice28!(); twice28!(); }; }
macro_rules! twice30 { () => { twice29!(); twice29!(); }; }

macro_rules! broken_item {
    () => { fn 1() {} };
}

macro_rules! pick {
    (first of $e:expr) => { $e };
}

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

#[redline::purpose("messaging")]
pub fn inbox() -> ChatMessage {
    ChatMessage { body: String::from("dinner friday?") }
}

pub fn fan_out() {
    twice30!(); // redline: no finding — an analysis-limit warning, not a purpose violation
}

broken_item!();

#[redline::purpose("sales")]
pub fn pitch() -> usize {
    pick!(inbox().body, 2) // redline: expect purpose-violation (chat, sales)
}

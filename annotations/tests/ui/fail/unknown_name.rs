// Names the crate does not export, and names used as the wrong kind of macro:
// the compiler rejects them before any redline macro runs.

#[redline::date("browsing")]
pub struct Visit;

#[redline::module_purpose("sales")]
pub fn pitch() {}

redline::data!("chat");

#[redline::data = "chat"]
pub struct Message;

fn main() {}

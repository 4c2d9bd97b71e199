#[redline::data("chat")]
pub fn send() {}

#[redline::data("chat")]
pub mod inbox {}

fn main() {}

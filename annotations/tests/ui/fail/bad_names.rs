#[redline::data("")]
pub struct Empty;

#[redline::data("contact..email")]
pub struct EmptySegment;

#[redline::data("contact.")]
pub struct TrailingDot;

#[redline::data("chat messages")]
pub struct Space;

#[redline::data("chat", purposes = ["ads/first-party"])]
pub struct Slash;

fn main() {}

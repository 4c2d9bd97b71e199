#[redline::purpose("safety")]
pub struct Report {
    pub body: String,
}

#[redline::purpose("safety")]
pub trait Moderate {}

#[redline::purpose("safety")]
const LIMIT: u8 = 3;

fn main() {}

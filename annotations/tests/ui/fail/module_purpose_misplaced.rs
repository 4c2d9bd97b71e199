// `module_purpose!` is an item of a module.

pub struct Inbox;

impl Inbox {
    redline::module_purpose!("messaging");

    pub fn open(&self) {
        redline::module_purpose!("messaging");
    }
}

pub trait Deliver {
    redline::module_purpose!("messaging");
}

fn main() {
    redline::module_purpose!("sales");
}

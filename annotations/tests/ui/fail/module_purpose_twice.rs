// A module declares its purpose once.

redline::module_purpose!("sales");
redline::module_purpose!("support");

#[redline::purpose("messaging")]
mod inbox {
    redline::module_purpose!("safety");
}

mod outbox {
    use redline::module_purpose;

    module_purpose!("messaging");
    #[cfg(test)]
    module_purpose!("testing");
    module_purpose!("safety");
}

fn main() {}

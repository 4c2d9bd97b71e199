redline::module_purpose!();

#[redline::purpose]
fn a() {}

#[redline::purpose()]
fn b() {}

fn main() {}

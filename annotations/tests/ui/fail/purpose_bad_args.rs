redline::module_purpose!(sales);

#[redline::purpose("safety", "safety")]
fn a() {}

#[redline::purpose("safety" "messaging")]
fn b() {}

#[redline::purpose(purposes = ["safety"])]
fn c() {}

fn main() {}

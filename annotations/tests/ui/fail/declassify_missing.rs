#[redline::declassify(from = "browsing")]
fn a() {}

#[redline::declassify(reason = "weekly totals only")]
fn b() {}

#[redline::declassify]
fn c() {}

fn main() {}

#[redline::declassify(from = "browsing", reason = "")]
fn a() {}

#[redline::declassify(from = "browsing", reason = "   ")]
fn b() {}

#[redline::declassify(from = "web browsing", reason = "totals")]
fn c() {}

#[redline::declassify(from = "browsing", reason = "totals", to = "stats")]
fn d() {}

#[redline::declassify(from = "browsing", from = "chat", reason = "totals")]
fn e() {}

#[redline::declassify(from = browsing, reason = "totals")]
fn f() {}

fn main() {}

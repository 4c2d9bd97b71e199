#[redline::declassify(from = "browsing", reason = "totals")]
pub struct Totals;

#[redline::declassify(from = "browsing", reason = "totals")]
impl Totals {}

fn main() {}

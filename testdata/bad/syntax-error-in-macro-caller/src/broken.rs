redline::module_purpose!("sales");

pub mod notes;

// Half-typed edit in a function that invokes a workspace macro: the whole file is
// reported as not analysed, as any syntax error is, and its module `notes` still is.
pub fn quote(member: u64) -> usize {
    let m = latest!(member);
    let text = ;
    m.body.len()
}

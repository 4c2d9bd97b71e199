#[redline::data("chat", purposes = [])]
pub struct NoPurposes;

#[redline::data("chat", purposes = ["messaging"], purposes = ["safety"])]
pub struct DuplicateKey;

#[redline::data("chat", purposes = ["messaging", "messaging"])]
pub struct DuplicatePurpose;

#[redline::data("chat", purposes = "messaging")]
pub struct NotAList;

fn main() {}

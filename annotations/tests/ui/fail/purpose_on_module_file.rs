// `mod leads;` is not an inline module: the attribute cannot see its items.

#[redline::purpose("sales")]
#[path = "../support/leads.rs"]
mod leads;

fn main() {}

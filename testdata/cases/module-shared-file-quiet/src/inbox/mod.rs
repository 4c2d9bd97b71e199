redline::module_purpose!("messaging");

use crate::store::Store;

pub mod snippets;

// redline: no finding — messaging may touch what `legacy::text::latest_body` touches.
pub fn notify(store: &Store, member: u64) -> String {
    crate::legacy::text::latest_body(store, member)
}

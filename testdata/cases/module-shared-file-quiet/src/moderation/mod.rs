redline::module_purpose!("trust_and_safety");

use crate::store::Store;

// The same file as `inbox::snippets` (rustls's `crypto::aws_lc_rs::hash` is `../ring/hash.rs`).
#[path = "../inbox/snippets.rs"]
pub mod snippets;

// redline: no finding — trust_and_safety may touch what `util::text::latest_body` touches.
pub fn review(store: &Store, member: u64) -> String {
    crate::util::text::latest_body(store, member)
}

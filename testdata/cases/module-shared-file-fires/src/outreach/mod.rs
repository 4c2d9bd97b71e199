redline::module_purpose!("sales");

// The same file as `inbox::snippets` (rustls's `crypto::aws_lc_rs::hash` is `../ring/hash.rs`).
#[path = "../inbox/snippets.rs"]
pub mod snippets;

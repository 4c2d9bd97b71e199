// Kept for old callers: the same file as `util::text`.
#[path = "util/text.rs"]
pub mod text;

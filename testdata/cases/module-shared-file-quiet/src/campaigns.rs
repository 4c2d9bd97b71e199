// `src/shared/format.rs` as `campaigns::format` (marketing, from [modules]).
#[path = "shared/format.rs"]
pub mod format;

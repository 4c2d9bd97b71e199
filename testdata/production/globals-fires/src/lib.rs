//! EXPECT: 7 findings
//! - purpose-violation at src/marketing.rs:4 in fn `production_globals_fires::marketing::last_words`: category `chat` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:9 in fn `production_globals_fires::marketing::first_words`: category `chat` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:13 in fn `production_globals_fires::marketing::trending_phrases`: category `chat` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:18 in fn `production_globals_fires::marketing::greeting`: category `chat` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:22 in fn `production_globals_fires::marketing::popular_profiles`: category `browsing` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:27 in fn `production_globals_fires::marketing::draft_subject`: category `chat` is not allowed for purpose `marketing`
//! - purpose-violation at src/marketing.rs:31 in fn `production_globals_fires::marketing::teaser`: category `chat` is not allowed for purpose `marketing`
//!
//! Globals written with personal data in one module and read in marketing code: a
//! `static Mutex`, a std `OnceLock`, a `once_cell::sync::OnceCell` and `Lazy`, a
//! `tokio::sync::OnceCell`, a `lazy_static!` map (the macro comes from a dependency) and
//! a `thread_local!` cell. The values in the globals are plain `String`s and ids: only
//! the writes say they are chat or viewing history.

pub mod globals;
pub mod inbox;
pub mod marketing;
pub mod matching;
pub mod model;

//! EXPECT: 1 finding
//! - purpose-violation at src/chat.rs:14 in fn `flow_dep_missing_sources_fires::chat::sync_lead`: category `chat` is not allowed for purpose `sales`
//!
//! As `dep-functions-fires`, with a `Cargo.lock` naming `vendor_crm 2.0.3` whose
//! sources are nowhere on disk (not fetched): the type is written in the code, so the
//! finding is made as before, and the summary says once that `vendor_crm 2.0.3` was
//! missing and that `cargo fetch` gives full precision (a note, not a finding; the exit
//! code is that of the finding).

pub mod chat;

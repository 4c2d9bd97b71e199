//! EXPECT: 8 findings
//! - purpose-violation at src/inbox/snippets.rs:4 in fn `case_module_shared_file_fires::outreach::snippets::preview`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/providers/common/compose.rs:4 in fn `case_module_shared_file_fires::providers::aws::compose::quote`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/shared/leads.rs:3 in fn `case_module_shared_file_fires::campaigns::leads::score`: category `chat` is not allowed for purpose `marketing`
//! - purpose-violation at src/shared/leads.rs:3 in fn `case_module_shared_file_fires::crm::leads::score`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/router.rs:4 in fn `case_module_shared_file_fires::router::to_sales`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/desk.rs:6 in fn `case_module_shared_file_fires::desk::opener`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/desk.rs:11 in fn `case_module_shared_file_fires::desk::follow_up`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/dialer/imp.rs:3 in fn `case_module_shared_file_fires::dialer::imp::script`: category `chat` is not allowed for purpose `sales`
//!
//! A file that two modules name is loaded as each of them, as rustc compiles it twice, and
//! each module's functions get that module's purpose. No `missing-module` finding for the
//! second declaration of any of them.
//! - `src/inbox/snippets.rs` is `inbox::snippets` (`mod snippets;`, messaging) and
//!   `outreach::snippets` (`#[path = "../inbox/snippets.rs"]`, sales: rustls's
//!   `crypto::aws_lc_rs::hash` is `crypto/ring/hash.rs` this way). `preview` is reported
//!   once, as `outreach::snippets::preview`; the chat passed to `outreach::snippets::shout`
//!   by the unscoped `router::to_sales` is reported at the call, and `router::to_inbox`,
//!   which passes it to `inbox::snippets::shout`, is not.
//! - `src/providers/common/compose.rs` is `providers::relay` and `providers::aws::compose`
//!   (a `#[path]` inside an inline module, relative to src/providers/aws/); `[modules]`
//!   gives the first messaging and the second sales: one finding, for the second.
//! - `src/shared/leads.rs` is `campaigns::leads` (marketing, from `[modules]`) and
//!   `crm::leads` (sales, from its parent's `module_purpose!`): both forbid chat, so the
//!   same line has two findings, one per module path.
//! - `src/util/text.rs` is `util::text` and `legacy::text`, both unscoped: the sales
//!   callers in `desk` reach `latest_body` through each path, and what it touches (chat,
//!   through `Store::thread`) is charged to each caller. `inbox::notify` (messaging) calls
//!   it through `legacy::text` and is not reported.
//! - `dialer::imp` is declared twice under opposite `cfg`s, naming the same file: one
//!   module, so `script` is reported once.

pub mod campaigns;
pub mod chat;
pub mod crm;
pub mod desk;
pub mod dialer;
pub mod inbox;
pub mod legacy;
pub mod outreach;
pub mod providers;
pub mod router;
pub mod store;
pub mod util;

//! EXPECT: no findings
//!
//! As `module-shared-file-fires`, but every module path a shared file is loaded as has a
//! purpose chat allows: no finding, and no `missing-module` error for the second
//! declaration of any file.
//! - `src/inbox/snippets.rs` is `inbox::snippets` (messaging) and `moderation::snippets`
//!   (`#[path = "../inbox/snippets.rs"]`, trust_and_safety); the unscoped `router` passes
//!   chat to `shout` through both paths.
//! - `src/providers/common/compose.rs` is `providers::relay` and `providers::aws::compose`,
//!   which `[modules]` gives messaging and trust_and_safety.
//! - `src/shared/reports.rs` is `appeals::reports` (trust_and_safety, from `[modules]`)
//!   and `support::reports` (messaging, inherited).
//! - `src/util/text.rs` is `util::text` and `legacy::text`, both unscoped, called by
//!   `inbox::notify` (messaging) and `moderation::review` (trust_and_safety).
//! - `dialer::imp` and `platform::imp` are each declared twice under opposite `cfg`s,
//!   naming the same file (the second with `#[path]`): one module each.
//! - `src/shared/format.rs` is `campaigns::format` (marketing) and `crm::format` (sales)
//!   but handles no classified data, and `crm::offer` calls it through both paths with a
//!   plan name.

pub mod appeals;
pub mod campaigns;
pub mod chat;
pub mod crm;
pub mod dialer;
pub mod inbox;
pub mod legacy;
pub mod moderation;
pub mod platform;
pub mod providers;
pub mod router;
pub mod store;
pub mod support;
pub mod util;

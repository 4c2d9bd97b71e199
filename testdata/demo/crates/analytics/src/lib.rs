//! Reporting helpers shared by several teams.
//!
//! Deliberately unscoped: no module_purpose! here and none in redline.toml
//! for this crate. Unscoped code acts for its callers — whatever these
//! helpers touch counts as touched by the purposed function that calls them.
//! Exceptions: `feeds::nightly_lead_feed` gets `sales` from redline.toml
//! (`[functions]`), and `weekly::weekly_view_count` declassifies browsing.

pub mod engagement;
pub mod feeds;
pub mod weekly;

//! EXPECT: no findings
//!
//! `stats::weekly_views` is unscoped and reads browsing, but it is declared
//! `#[redline::declassify(from = "browsing", reason = "weekly totals only")]`:
//! browsing does not flow out of it to its callers, so the sales report that
//! calls it touches nothing. (Interpretation of declassify: it stops the named
//! category at that function; see the report.)

pub mod crm;
pub mod stats;
pub mod store;

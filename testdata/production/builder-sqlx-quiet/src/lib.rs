//! EXPECT: no findings
//!
//! The sqlx shapes of `builder-sqlx-fires` binding only the member id and plan; a phone
//! number bound to a query that is only read with `fetch_optional` (no purpose here).

pub mod export;
pub mod members;

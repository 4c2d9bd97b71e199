//! EXPECT: no findings
//!
//! Subqueries over `messages` that return no classified column: `max(m.sent_at)` in a scalar
//! subquery, `sender` in an `IN (..)` subquery, and a derived table of `sender, count(*)`.
//!
//! Assumption (the issue is silent): columns read only in `WHERE`/`IN (..)` conditions of a
//! subquery do not reach the output; all such columns here are not classified anyway.

pub mod crm;

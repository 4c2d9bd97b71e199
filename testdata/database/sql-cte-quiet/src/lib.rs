//! EXPECT: no findings
//!
//! CTEs that return no classified column: a CTE of `DISTINCT sender` joined to members; and a CTE
//! named `messages` that shadows the table and selects `title AS body` from
//! `newsletter_templates`: `body` of that `messages` is a newsletter title, not chat (a real SQL
//! parser, not a regex).
//!
//! Assumption (the issue is silent): a CTE shadows a table of the same name, as in SQL.

pub mod crm;

//! EXPECT: 2 findings
//! - purpose-violation at src/crm.rs:9 in fn `database_sql_subquery_fires::crm::with_last_message`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:14 in fn `database_sql_subquery_fires::crm::texts`: category `chat` is not allowed for purpose `sales`
//!
//! Subqueries: a scalar subquery in the select list returns `m.body` (as `last_message`); a
//! derived table selects `body AS txt` and the outer query returns `t.txt`.
//!
//! Assumption (the issue is silent): a scalar subquery in the select list and a derived table
//! pass on the categories of what they return.

pub mod crm;

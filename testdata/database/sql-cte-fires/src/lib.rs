//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:9 in fn `database_sql_cte_fires::crm::this_week`: category `chat` is not allowed for purpose `sales`
//!
//! A CTE (`WITH recent AS (SELECT sender, body FROM messages ..)`) whose `body` the outer query
//! returns.

pub mod crm;

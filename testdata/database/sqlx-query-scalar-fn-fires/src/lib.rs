//! EXPECT: 2 findings
//! - purpose-violation at src/crm.rs:8 in fn `database_sqlx_query_scalar_fn_fires::crm::talking_points`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:14 in fn `database_sqlx_query_scalar_fn_fires::crm::number_to_dial`: category `contact.phone` is not allowed for purpose `sales`
//!
//! The issue's example: `sqlx::query_scalar::<_, String>("SELECT body FROM messages WHERE
//! sender = $1")` returns a `String` and no classified type is involved; in sales code it is
//! chat. Also `query_scalar` of `phone` with the type on the `let`.

pub mod crm;

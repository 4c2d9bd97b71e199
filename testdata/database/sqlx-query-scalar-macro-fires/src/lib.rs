//! EXPECT: 3 findings
//! - purpose-violation at src/chat.rs:13 in fn `database_sqlx_query_scalar_macro_fires::chat::on_upgrade_question`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:8 in fn `database_sqlx_query_scalar_macro_fires::crm::talking_points`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:15 in fn `database_sqlx_query_scalar_macro_fires::crm::viewers`: category `browsing` is not allowed for purpose `sales`
//!
//! sqlx `query_scalar!`: the single output column is the value. Sales reads `body` (chat) and
//! `viewer` of `profile_views` (browsing: `profile_views.*`). The inbox reads a body and passes
//! it to sales.

pub mod chat;
pub mod crm;

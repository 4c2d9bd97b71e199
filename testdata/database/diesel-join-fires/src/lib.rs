//! EXPECT: 3 findings
//! - purpose-violation at src/crm.rs:11 in fn `database_diesel_join_fires::crm::warm_leads`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:19 in fn `database_diesel_join_fires::crm::viewed_members`: category `browsing` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:25 in fn `database_diesel_join_fires::crm::renewal_calls`: category `contact.phone` is not allowed for purpose `sales`
//!
//! diesel joins: `inner_join` through `joinable!`, `inner_join(..on(..))` and `left_join`.
//! What is selected from the joined table decides: `messages::body` (chat), `profile_views::viewer`
//! (browsing: `profile_views.*` classifies every column), `members::phone` (contact.phone).

pub mod crm;
pub mod schema;

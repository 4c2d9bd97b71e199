//! EXPECT: 3 findings
//! - purpose-violation at src/crm.rs:20 in fn `database_sql_star_migrations_fires::crm::prep_sheet`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:25 in fn `database_sql_star_migrations_fires::crm::views`: category `browsing` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:30 in fn `database_sql_star_migrations_fires::crm::record`: category `contact.phone` is not allowed for purpose `sales`
//!
//! `SELECT *` is expanded from the schema, here the `CREATE TABLE` statements of
//! `migrations/*.sql` (three files): `*` of `messages` includes `body`, of `profile_views` every
//! (browsing) column, of `members` `phone`.

pub mod crm;

//! EXPECT: 2 findings
//! - purpose-violation at src/crm.rs:9 in fn `database_diesel_model_fires::crm::opener`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:15 in fn `database_diesel_model_fires::crm::number_to_dial`: category `contact.phone` is not allowed for purpose `sales`
//!
//! Model structs with `#[diesel(table_name = ..)]` and `Queryable`/`Selectable` get each field's
//! category from its column, with no `[data]` entry: `Message::body` is chat, `Member::phone` is
//! contact.phone. As with a classified field, holding a `Member` or a `&[Message]` is not a use;
//! reading the field is, and the finding is there.
//!
//! Assumption (the issue is silent): a model struct's field is classified like a `[data]` field
//! (holding the struct is no use; reading the field is), and `table_name =
//! crate::schema::messages` (a path) binds like a bare name.

pub mod chat;
pub mod crm;
pub mod models;
pub mod schema;

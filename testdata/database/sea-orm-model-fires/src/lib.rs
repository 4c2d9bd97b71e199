//! EXPECT: 3 findings
//! - purpose-violation at src/crm.rs:10 in fn `database_sea_orm_model_fires::crm::opener`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:16 in fn `database_sea_orm_model_fires::crm::number_to_dial`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:21 in fn `database_sea_orm_model_fires::crm::last_words`: category `chat` is not allowed for purpose `sales`
//!
//! sea-orm entity models (`#[sea_orm(table_name = "..")]`) get each field's category from its
//! column: `message::Model::body` is chat, `member::Model::phone` is contact.phone. Reading the
//! field is the use. A sales function that loads messages with `Entity::find()` and takes the
//! body in the same statement is reported there.
//!
//! Assumption (the issue is silent): as for diesel models, holding a `Model` is no use, reading
//! the field is; `Entity::find()` loads all columns, reported on the statement's line.

pub mod crm;
pub mod entity;

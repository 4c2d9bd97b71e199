//! EXPECT: 1 finding
//! - purpose-violation at src/chat.rs:14 in fn `flow_enum_variant_fires::chat::share_with_sales`: category `chat` is not allowed for purpose `sales`
//!
//! `crm::Data` is not annotated. The messaging code binds a chat body into
//! `Data::Private { content }` and passes it to `crm::lead_note` (sales),
//! whose `Private` arm uses `content`.

pub mod chat;
pub mod crm;

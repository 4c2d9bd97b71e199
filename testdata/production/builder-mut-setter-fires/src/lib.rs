//! EXPECT: 5 findings
//! - purpose-violation at src/crm_sync.rs:11 in fn `production_builder_mut_setter_fires::crm_sync::sync_contact`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/crm_sync.rs:20 in fn `production_builder_mut_setter_fires::crm_sync::tag_lead`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/crm_sync.rs:26 in fn `production_builder_mut_setter_fires::crm_sync::score_lead`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/crm_sync.rs:38 in fn `production_builder_mut_setter_fires::crm_sync::sync_profile`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/crm_sync.rs:56 in fn `production_builder_mut_setter_fires::crm_sync::Batch::flush`: category `contact.email` is not allowed for purpose `marketing`
//!
//! A CRM SDK (`crmkit`) whose request builder has `&mut self` setters returning
//! `&mut Self`, as many generated SDK builders do: `let mut req = crm.post(..);
//! req.header(..); req.send()`. docs/flow.md: "a dependency method taking `&mut self` keeps
//! its arguments in the receiver". The email set into the builder reaches the
//! `[functions]` sink `crmkit::RequestBuilder::send` (purpose `marketing`): through a setter
//! on its own line, through the second setter of a `req.header(..).header(..)` chain on the
//! returned `&mut Self`, in one expression ending in `.send()`, through a workspace helper
//! taking `&mut RequestBuilder`, and through a builder kept in a struct field (reported in
//! `Batch::flush`, the function that makes the call into the sink, docs/flow.md
//! Boundaries).

pub mod crm_sync;
pub mod members;

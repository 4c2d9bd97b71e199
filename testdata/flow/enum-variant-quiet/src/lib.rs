//! EXPECT: no findings
//!
//! Sales gets a `Data::Public` built from a constant, and a
//! `Data::Private { content }` holding chat to `crm::tag`, which never reads
//! `content` (its `Private` arm yields a constant: choosing a branch is an
//! implicit flow).

pub mod chat;
pub mod crm;

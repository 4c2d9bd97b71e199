//! EXPECT: no findings
//!
//! Same call shapes as resolution-fires, but the `Repo` (messaging) methods
//! called return `usize`, and the `load`/`latest` calls go to `Notes`, whose
//! methods have the same names as `Repo`'s but return the unannotated `Note`.
//! Method resolution must go by the receiver's type, not by method name.

pub mod chat;
pub mod crm;
pub mod notes;
pub mod repo;

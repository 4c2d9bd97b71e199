//! EXPECT: no findings
//!
//! The same wrappers as in wrappers-std-fires / wrappers-collections-fires,
//! but around `crm::CallNote`, which is not annotated. Wrapping an
//! unannotated type never produces a category.

pub mod chat;
pub mod crm;

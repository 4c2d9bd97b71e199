//! EXPECT: no findings
//!
//! `Account` has an annotated field, but a struct that merely contains one
//! does not carry the category: sales code may take `&Account` and read its
//! unannotated fields. `Lead::email` is an unannotated field of another struct.

pub mod accounts;
pub mod crm;

// Generated and checked in: included by the crate root.
pub mod leads;

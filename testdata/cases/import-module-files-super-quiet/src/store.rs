pub mod records;
pub mod flagged;

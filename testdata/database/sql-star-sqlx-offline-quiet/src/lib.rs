//! EXPECT: no findings
//!
//! `SELECT *` of `subscriptions`, whose columns in the offline data are not classified.

pub mod crm;

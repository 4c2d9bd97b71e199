//! EXPECT: no findings
//!
//! Joins with classified tables, selecting only columns that are not classified:
//! `u.display_name, m.sent_at`; `u.display_name, s.plan`.

pub mod crm;

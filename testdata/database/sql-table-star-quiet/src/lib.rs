//! EXPECT: no findings
//!
//! `t.*` of tables with no classified column, joined with classified tables from which only
//! columns that are not classified are selected: `s.*, u.display_name`; `n.*`.

pub mod crm;

//! EXPECT: no findings
//!
//! A sales query that reads only columns that are not classified, of a classified table (the
//! issue's required quiet case): `id, recipient, sent_at, read_at` of `messages`; `id,
//! display_name, plan, created_at` of `members`.

pub mod crm;

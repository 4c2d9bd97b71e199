//! EXPECT: no findings
//!
//! mysql_async `query` in sales code reading `sender`, `sent_at` and `COUNT(*)`.

pub mod crm;

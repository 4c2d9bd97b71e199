//! EXPECT: 4 findings
//! - purpose-violation at src/generated.rs:8 in fn `case_module_files_fires::generated::from_expression`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/impl.rs:5 in fn `case_module_files_fires::r#impl::pitch`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/parts/items.rs:1 in fn `case_module_files_fires::generated::from_items`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/sys_unix.rs:5 in fn `case_module_files_fires::sys::score`: category `chat` is not allowed for purpose `sales`
//!
//! Module files found the way rustc finds them: `mod r#impl;` is src/impl.rs; a module
//! without a default file takes the path of a `#[cfg_attr(.., path = "..")]`; the items of
//! an `include!` are the including module's (findings point into the included file), and
//! an `include!` in an expression is analysed in place (findings point at the macro).

pub mod chat;
pub mod generated;
pub mod r#impl;
#[cfg_attr(unix, path = "sys_unix.rs")]
#[cfg_attr(not(unix), path = "sys_other.rs")]
pub mod sys;

//! EXPECT: 6 findings, each: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:6 in fn `case_resolution_fires::crm::assoc`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:11 in fn `case_resolution_fires::crm::inherent`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:16 in fn `case_resolution_fires::crm::question_mark`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:21 in fn `case_resolution_fires::crm::awaited`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:26 in fn `case_resolution_fires::crm::in_closure`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:31 in fn `case_resolution_fires::crm::typed_let`: category `chat` is not allowed for purpose `sales`
//!
//! Chat reaches sales code only through values returned by `Repo` (purpose
//! messaging, a boundary): an associated fn, an inherent method, `?` on a
//! `Result<ChatMessage, _>`, `.await` on an async method, a call inside a
//! closure body, and a `let` whose declared type is the alias `Thread`.
//! In `typed_let` the initializer `Vec::new()` carries nothing by itself; the
//! finding is at the `let` that binds a local of declared type `Thread`
//! (line 31, like a parameter binding), not at the local's first use (line 32).

pub mod chat;
pub mod crm;
pub mod repo;

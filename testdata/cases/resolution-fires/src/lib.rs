//! EXPECT: 6 findings, each: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:6 in fn `crm::assoc`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:11 in fn `crm::inherent`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:16 in fn `crm::question_mark`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:21 in fn `crm::awaited`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:26 in fn `crm::in_closure`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:31 in fn `crm::typed_let`: category `chat` is not allowed for purpose `sales`
//!
//! Chat reaches sales code only through values returned by `Repo` (purpose
//! messaging, a boundary): an associated fn, an inherent method, `?` on a
//! `Result<ChatMessage, _>`, `.await` on an async method, a call inside a
//! closure body, and a `let` whose declared type is the alias `Thread`.

pub mod chat;
pub mod crm;
pub mod repo;

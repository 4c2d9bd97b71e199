//! EXPECT: 3 findings
//! - missing-module at src/lib.rs:12: src/lib.rs is not included again: it is the file of this module or encloses it
//! - missing-module at src/parts.rs:3: src/parts.rs is not included again: it is the file of this module or encloses it
//! - purpose-violation at src/crm.rs:5 in fn `bad_include_self_cycle::crm::pitch`: category `chat` is not allowed for purpose `sales`
//!
//! A file that includes itself (found by the fuzzer: one `include!("lib.rs");` pasted into
//! a module of lib.rs made every level a new module, without end) and an included file
//! that includes itself again. rustc stops both with a recursion error; redline must
//! terminate, report each `include!`, and analyse the rest.

pub mod again {
    include!("lib.rs"); // redline: expect missing-module
}

pub mod parts {
    include!("parts.rs");
}

pub mod chat;
pub mod crm;

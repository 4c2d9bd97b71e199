//! EXPECT: 3 findings
//! - purpose-violation at src/lib.rs:25 in fn `case_import_glob_cycle_chain_fires::desk::pitch`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:33 in fn `case_import_glob_cycle_chain_fires::desk_glob::pitch`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:39 in fn `case_import_glob_cycle_chain_fires::desk_path::pitch`: category `contact.phone` is not allowed for purpose `sales`
//!
//! The mirror of import-glob-cycle-chain-quiet: `Lead` is bound by name in one module
//! only, `ring::m10`, to the classified `classified::Record`, through 12 re-exports
//! written in the reverse order of the chain (`chain::z0` to `chain::z11`). It reaches
//! every other module of `ring` through 16 glob imports that form a cycle (`m0` has
//! `m1::*`, ..., `m15` has `m0::*`); `pair` has `ring::m7::*`, and `pair` and `pair::half`
//! glob-import each other (`pub use self::half::*`, `pub use super::*`). The sales code
//! names it by name next to a glob that brings the unclassified `plain::Lead` (`desk`:
//! the import by name wins), through the glob of `pair::half` (`desk_glob`) and by path
//! (`desk_path`). Resolving it takes no more steps than the bound (docs/security.md): no
//! `analysis-limit`. `plain::Lead` has no field `phone`: the code compiles only when
//! every `Lead` is `classified::Record`. (The chain is kept at 12 links: rustc's own
//! resolution of this cycle slows down steeply with the chain's length, minutes at 30.)

redline::module_purpose!("sales");

pub mod desk {
    use crate::plain::*;
    use crate::ring::m0::Lead;

    pub fn pitch(lead: &Lead) -> usize { // redline: expect purpose-violation (contact.phone, sales)
        lead.phone.len() + region(1)
    }
}

pub mod desk_glob {
    use crate::pair::half::*;

    pub fn pitch(lead: &Lead) -> usize { // redline: expect purpose-violation (contact.phone, sales)
        lead.phone.len()
    }
}

pub mod desk_path {
    pub fn pitch(lead: &crate::ring::m13::Lead) -> usize { // redline: expect purpose-violation (contact.phone, sales)
        lead.phone.len()
    }
}

pub mod pair {
    pub use self::half::*;
    pub use crate::ring::m7::*;
    pub mod half {
        pub use super::*;
    }
}

pub mod ring {
    pub mod m0 { pub use super::m1::*; }
    pub mod m1 { pub use super::m2::*; }
    pub mod m2 { pub use super::m3::*; }
    pub mod m3 { pub use super::m4::*; }
    pub mod m4 { pub use super::m5::*; }
    pub mod m5 { pub use super::m6::*; }
    pub mod m6 { pub use super::m7::*; }
    pub mod m7 { pub use super::m8::*; }
    pub mod m8 { pub use super::m9::*; }
    pub mod m9 { pub use super::m10::*; }
    pub mod m10 {
        pub use super::m11::*;
        pub use crate::chain::z0::Lead;
    }
    pub mod m11 { pub use super::m12::*; }
    pub mod m12 { pub use super::m13::*; }
    pub mod m13 { pub use super::m14::*; }
    pub mod m14 { pub use super::m15::*; }
    pub mod m15 { pub use super::m0::*; }
}

pub mod chain {
    pub mod z0 { pub use super::z1::Lead; }
    pub mod z1 { pub use super::z2::Lead; }
    pub mod z2 { pub use super::z3::Lead; }
    pub mod z3 { pub use super::z4::Lead; }
    pub mod z4 { pub use super::z5::Lead; }
    pub mod z5 { pub use super::z6::Lead; }
    pub mod z6 { pub use super::z7::Lead; }
    pub mod z7 { pub use super::z8::Lead; }
    pub mod z8 { pub use super::z9::Lead; }
    pub mod z9 { pub use super::z10::Lead; }
    pub mod z10 { pub use super::z11::Lead; }
    pub mod z11 { pub use crate::classified::Record as Lead; }
}

pub mod plain {
    pub struct Lead {
        pub company: String,
    }

    pub fn region(code: u16) -> usize {
        code as usize % 10
    }
}

pub mod classified {
    #[redline::data("contact.phone")]
    pub struct Record {
        pub phone: String,
    }
}

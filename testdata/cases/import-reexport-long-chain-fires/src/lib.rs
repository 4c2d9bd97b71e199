//! EXPECT: 1 finding
//! - purpose-violation at src/lib.rs:12 in fn `case_import_reexport_long_chain_fires::pitch`: category `contact.phone` is not allowed for purpose `sales`
//!
//! The type reaches `pitch` through 100 re-exports, each naming the next one, written in
//! the reverse order of the chain: resolution takes one more link per round, and stopped
//! at 64 rounds, leaving `Lead` unknown and the function quiet.

redline::module_purpose!("sales");

use m0::Lead;

pub fn pitch(lead: &Lead) -> usize { // redline: expect purpose-violation (contact.phone, sales)
    lead.phone.len()
}

pub mod m0 { pub use super::m1::Lead; }
pub mod m1 { pub use super::m2::Lead; }
pub mod m2 { pub use super::m3::Lead; }
pub mod m3 { pub use super::m4::Lead; }
pub mod m4 { pub use super::m5::Lead; }
pub mod m5 { pub use super::m6::Lead; }
pub mod m6 { pub use super::m7::Lead; }
pub mod m7 { pub use super::m8::Lead; }
pub mod m8 { pub use super::m9::Lead; }
pub mod m9 { pub use super::m10::Lead; }
pub mod m10 { pub use super::m11::Lead; }
pub mod m11 { pub use super::m12::Lead; }
pub mod m12 { pub use super::m13::Lead; }
pub mod m13 { pub use super::m14::Lead; }
pub mod m14 { pub use super::m15::Lead; }
pub mod m15 { pub use super::m16::Lead; }
pub mod m16 { pub use super::m17::Lead; }
pub mod m17 { pub use super::m18::Lead; }
pub mod m18 { pub use super::m19::Lead; }
pub mod m19 { pub use super::m20::Lead; }
pub mod m20 { pub use super::m21::Lead; }
pub mod m21 { pub use super::m22::Lead; }
pub mod m22 { pub use super::m23::Lead; }
pub mod m23 { pub use super::m24::Lead; }
pub mod m24 { pub use super::m25::Lead; }
pub mod m25 { pub use super::m26::Lead; }
pub mod m26 { pub use super::m27::Lead; }
pub mod m27 { pub use super::m28::Lead; }
pub mod m28 { pub use super::m29::Lead; }
pub mod m29 { pub use super::m30::Lead; }
pub mod m30 { pub use super::m31::Lead; }
pub mod m31 { pub use super::m32::Lead; }
pub mod m32 { pub use super::m33::Lead; }
pub mod m33 { pub use super::m34::Lead; }
pub mod m34 { pub use super::m35::Lead; }
pub mod m35 { pub use super::m36::Lead; }
pub mod m36 { pub use super::m37::Lead; }
pub mod m37 { pub use super::m38::Lead; }
pub mod m38 { pub use super::m39::Lead; }
pub mod m39 { pub use super::m40::Lead; }
pub mod m40 { pub use super::m41::Lead; }
pub mod m41 { pub use super::m42::Lead; }
pub mod m42 { pub use super::m43::Lead; }
pub mod m43 { pub use super::m44::Lead; }
pub mod m44 { pub use super::m45::Lead; }
pub mod m45 { pub use super::m46::Lead; }
pub mod m46 { pub use super::m47::Lead; }
pub mod m47 { pub use super::m48::Lead; }
pub mod m48 { pub use super::m49::Lead; }
pub mod m49 { pub use super::m50::Lead; }
pub mod m50 { pub use super::m51::Lead; }
pub mod m51 { pub use super::m52::Lead; }
pub mod m52 { pub use super::m53::Lead; }
pub mod m53 { pub use super::m54::Lead; }
pub mod m54 { pub use super::m55::Lead; }
pub mod m55 { pub use super::m56::Lead; }
pub mod m56 { pub use super::m57::Lead; }
pub mod m57 { pub use super::m58::Lead; }
pub mod m58 { pub use super::m59::Lead; }
pub mod m59 { pub use super::m60::Lead; }
pub mod m60 { pub use super::m61::Lead; }
pub mod m61 { pub use super::m62::Lead; }
pub mod m62 { pub use super::m63::Lead; }
pub mod m63 { pub use super::m64::Lead; }
pub mod m64 { pub use super::m65::Lead; }
pub mod m65 { pub use super::m66::Lead; }
pub mod m66 { pub use super::m67::Lead; }
pub mod m67 { pub use super::m68::Lead; }
pub mod m68 { pub use super::m69::Lead; }
pub mod m69 { pub use super::m70::Lead; }
pub mod m70 { pub use super::m71::Lead; }
pub mod m71 { pub use super::m72::Lead; }
pub mod m72 { pub use super::m73::Lead; }
pub mod m73 { pub use super::m74::Lead; }
pub mod m74 { pub use super::m75::Lead; }
pub mod m75 { pub use super::m76::Lead; }
pub mod m76 { pub use super::m77::Lead; }
pub mod m77 { pub use super::m78::Lead; }
pub mod m78 { pub use super::m79::Lead; }
pub mod m79 { pub use super::m80::Lead; }
pub mod m80 { pub use super::m81::Lead; }
pub mod m81 { pub use super::m82::Lead; }
pub mod m82 { pub use super::m83::Lead; }
pub mod m83 { pub use super::m84::Lead; }
pub mod m84 { pub use super::m85::Lead; }
pub mod m85 { pub use super::m86::Lead; }
pub mod m86 { pub use super::m87::Lead; }
pub mod m87 { pub use super::m88::Lead; }
pub mod m88 { pub use super::m89::Lead; }
pub mod m89 { pub use super::m90::Lead; }
pub mod m90 { pub use super::m91::Lead; }
pub mod m91 { pub use super::m92::Lead; }
pub mod m92 { pub use super::m93::Lead; }
pub mod m93 { pub use super::m94::Lead; }
pub mod m94 { pub use super::m95::Lead; }
pub mod m95 { pub use super::m96::Lead; }
pub mod m96 { pub use super::m97::Lead; }
pub mod m97 { pub use super::m98::Lead; }
pub mod m98 { pub use super::m99::Lead; }
pub mod m99 {
    #[redline::data("contact.phone")]
    pub struct Lead {
        pub phone: String,
    }
}

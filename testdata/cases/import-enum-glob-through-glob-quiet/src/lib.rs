//! EXPECT: no findings
//!
//! `desk` imports the variants of `mid::Kind` with a glob. `mid` binds `Kind` through a
//! glob (`loud::Kind`, whose `Call` holds a classified `Member`) and by name, through
//! re-exports written in reverse order (`plain::Quiet`, whose `Call` holds a `String`).
//! The name wins, though it is resolved last: `Call` is `plain::Quiet::Call`.

redline::module_purpose!("sales");

pub mod desk {
    use crate::mid::Kind::*;

    pub fn pitch() -> usize {
        match Call(String::new()) {
            Call(s) => s.len(),
            Mail => 0,
        }
    }
}

pub mod mid {
    pub use crate::loud::*;
    pub use crate::relay::Quiet as Kind;
}

pub mod relay {
    pub use self::hop::Quiet;
    pub mod hop {
        pub use super::super::plain::Quiet;
    }
}

pub mod plain {
    pub enum Quiet {
        Call(String),
        Mail,
    }
}

pub mod loud {
    pub enum Kind {
        Call(Member),
        Mail,
    }

    #[redline::data("contact.phone")]
    pub struct Member {
        pub phone: String,
    }
}

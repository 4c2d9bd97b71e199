//! EXPECT: no findings
//!
//! A name imported by name shadows a glob's in the namespaces it has, as in Rust: types
//! and modules are one namespace, functions another.
//! - `desk` imports `format::contact`, which is both a module and a function, next to a
//!   glob that brings `records::contact`, also both (a module with a classified `Card`,
//!   an account function returning one): the import by name shadows both, so
//!   `contact::Card` is `format::contact::Card` and `contact(..)` is `format::contact`;
//! - `desk_calls` imports the module `format::lead` by name, next to a glob that brings
//!   the module `records::lead` (with a classified `Card`) and the function
//!   `records::lead` (returning a `usize`): `lead::Card` is `format::lead::Card`, `lead(..)`
//!   is the glob's function.
//! The code compiles only with these names resolved so.

redline::module_purpose!("sales");

pub mod desk {
    use crate::records::*;
    use crate::format::contact;

    // redline: no finding — `contact` is `format::contact`, in both namespaces.
    pub fn pitch(card: &contact::Card) -> usize {
        let other = contact(3);
        card.company.len() + other.company.len()
    }
}

pub mod desk_calls {
    use crate::records::*;
    use crate::format::lead;

    // redline: no finding — `lead::Card` is `format::lead::Card`; `lead(..)` returns a `usize`.
    pub fn script(card: &lead::Card) -> usize {
        card.company.len() + lead(7)
    }
}

pub mod format {
    pub mod contact {
        pub struct Card {
            pub company: String,
        }
    }

    pub fn contact(n: u8) -> contact::Card {
        contact::Card { company: format!("ACME {n}") }
    }

    pub mod lead {
        pub struct Card {
            pub company: String,
        }
    }
}

pub mod records {
    redline::module_purpose!("account");

    pub mod contact {
        #[redline::data("contact.phone")]
        pub struct Card {
            pub phone: String,
        }
    }

    pub fn contact(n: u8) -> contact::Card {
        contact::Card { phone: format!("+49 30 {n}") }
    }

    pub mod lead {
        #[redline::data("contact.phone")]
        pub struct Card {
            pub phone: String,
        }
    }

    pub fn lead(n: u8) -> usize {
        n as usize
    }
}

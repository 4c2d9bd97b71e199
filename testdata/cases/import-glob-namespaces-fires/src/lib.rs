//! EXPECT: 2 findings
//! - purpose-violation at src/lib.rs:22 in fn `case_import_glob_namespaces_fires::desk::pitch`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:32 in fn `case_import_glob_namespaces_fires::desk_calls::script`: category `contact.phone` is not allowed for purpose `sales`
//!
//! A name imported by name shadows a glob's only in the namespaces it has, as in Rust:
//! types and modules are one namespace, functions another.
//! - `desk` imports the function `format::contact` by name, next to a glob that brings
//!   the module `records::contact`: `contact::Card` is `records::contact::Card`
//!   (classified), `contact(..)` is the function;
//! - `desk_calls` imports the module `format::lead` by name, next to a glob that brings
//!   the function `records::lead` (an account function returning a classified
//!   `records::contact::Card`): `lead(..)` is `records::lead`, `lead::width()` is in the
//!   module.
//! The code compiles only with these names resolved so.

redline::module_purpose!("sales");

pub mod desk {
    use crate::records::*;
    use crate::format::contact;

    pub fn pitch(card: &contact::Card) -> usize { // redline: expect purpose-violation (contact.phone, sales)
        card.phone.len() + contact(3)
    }
}

pub mod desk_calls {
    use crate::records::*;
    use crate::format::lead;

    pub fn script() -> usize {
        let card = lead(7); // redline: expect purpose-violation (contact.phone, sales)
        card.phone.len() + lead::width()
    }
}

pub mod format {
    pub fn contact(n: u8) -> usize {
        n as usize
    }

    pub mod lead {
        pub fn width() -> usize {
            80
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

    pub fn lead(n: u8) -> contact::Card {
        contact::Card { phone: format!("+49 30 {n}") }
    }
}

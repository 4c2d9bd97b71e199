//! EXPECT: 3 findings
//! - purpose-violation at src/lib.rs:61 in fn `case_import_enum_variant_glob_fires::desk::opener`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:75 in fn `case_import_enum_variant_glob_fires::desk_by_name::hint`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:85 in fn `case_import_enum_variant_glob_fires::desk_path::script`: category `chat` is not allowed for purpose `sales`
//!
//! Sales code builds values of the classified enum `chat::Topic` from its variants, named
//! through re-exports of `api` (declared after the sales modules):
//! - `desk` imports the variants with a glob of a renamed re-export of the enum
//!   (`use crate::api::Subject::*`, where `api` has `pub use crate::chat::Topic as
//!   Subject`);
//! - `desk_by_name` imports the variant `Silence` by name from `api`, which has it through
//!   a glob of the variants (`pub use crate::chat::Topic::*`), next to a glob of the
//!   unclassified `weather::Mood`'s variants of the same names: the import by name wins;
//! - `desk_path` names `Mood::Flirt`, where `Mood` is imported from `api`, whose `Mood` is
//!   `chat::Topic` renamed (not the unclassified `weather::Mood`).
//! `weather::Mood::Flirt` holds a `u8`, `chat::Topic::Flirt` a `String`, and
//! `chat::weight` takes a `&Topic`: the code compiles only when every variant named is
//! `chat::Topic`'s.

pub mod chat {
    redline::module_purpose!("messaging");

    #[redline::data("chat")]
    #[derive(Debug, Clone)]
    pub enum Topic {
        Flirt(String),
        Silence,
    }

    // redline: no finding — messaging.
    pub fn weight(t: &Topic) -> usize {
        match t {
            Topic::Flirt(line) => line.len(),
            Topic::Silence => 0,
        }
    }
}

pub mod weather {
    /// Not annotated.
    #[derive(Debug, Clone)]
    pub enum Mood {
        Flirt(u8),
        Silence,
        Sunny,
    }

    pub fn describe(m: &Mood) -> usize {
        match m {
            Mood::Flirt(level) => *level as usize,
            Mood::Silence | Mood::Sunny => 0,
        }
    }
}

pub mod desk {
    redline::module_purpose!("sales");
    use crate::api::Subject::*;

    pub fn opener() -> usize {
        let t = Flirt(String::from("hi")); // redline: expect purpose-violation (chat, sales)
        match t {
            Flirt(line) => line.len(),
            Silence => 0,
        }
    }
}

pub mod desk_by_name {
    redline::module_purpose!("sales");
    use crate::weather::Mood::*;
    use crate::api::Silence;

    pub fn hint() -> usize {
        let t = Silence; // redline: expect purpose-violation (chat, sales)
        crate::chat::weight(&t)
    }
}

pub mod desk_path {
    redline::module_purpose!("sales");
    use crate::api::Mood;

    pub fn script() -> usize {
        let t = Mood::Flirt(String::from("hey")); // redline: expect purpose-violation (chat, sales)
        crate::chat::weight(&t)
    }
}

pub mod api {
    pub use crate::chat::Topic as Subject;
    pub use crate::chat::Topic::*;
    pub use crate::chat::Topic as Mood;
}

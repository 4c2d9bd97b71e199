//! EXPECT: no findings
//!
//! The mirror of import-enum-variant-glob-fires: sales code builds values of the
//! unclassified enum `weather::Mood`, whose variants have the names of the classified
//! `chat::Topic`'s, named through re-exports of `api` (declared after the sales modules):
//! - `desk` imports the variants with a glob of a renamed re-export of `weather::Mood`
//!   (`use crate::api::Subject::*`);
//! - `desk_by_name` imports the variant `Silence` by name from `api`, which has
//!   `weather::Mood`'s variants through a glob, next to a glob of `chat::Topic`'s
//!   variants: the import by name wins;
//! - `desk_path` names `Topic::Flirt`, where `Topic` is imported from `api`, whose `Topic`
//!   is `weather::Mood` renamed (not the classified `chat::Topic`).
//! `weather::Mood::Flirt` holds a `u8`, `chat::Topic::Flirt` a `String`, and
//! `weather::describe` takes a `&Mood`: the code compiles only when every variant named
//! is `weather::Mood`'s.

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

    // redline: no finding — `Flirt` is `weather::Mood::Flirt`.
    pub fn opener() -> usize {
        let t = Flirt(3);
        match t {
            Flirt(level) => level as usize,
            _ => 0,
        }
    }
}

pub mod desk_by_name {
    redline::module_purpose!("sales");
    use crate::chat::Topic::*;
    use crate::api::Silence;

    // redline: no finding — `Silence` is `weather::Mood::Silence`, the glob's is shadowed.
    pub fn hint() -> usize {
        let t = Silence;
        crate::weather::describe(&t)
    }
}

pub mod desk_path {
    redline::module_purpose!("sales");
    use crate::api::Topic;

    // redline: no finding — `api::Topic` is `weather::Mood`.
    pub fn script() -> usize {
        let t = Topic::Flirt(9);
        crate::weather::describe(&t)
    }
}

pub mod api {
    pub use crate::weather::Mood as Subject;
    pub use crate::weather::Mood::*;
    pub use crate::weather::Mood as Topic;
}

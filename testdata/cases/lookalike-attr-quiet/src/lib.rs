//! EXPECT: no findings
//!
//! Attributes that look like redline's but are not: `#[data(..)]` imported
//! from the `lookalike` crate, `#[lookalike::data(..)]`, `#[serde(rename =
//! "data")]`, and a local module named `data`. None classifies anything, so
//! the sales code below touches no category.

redline::module_purpose!("sales");

use lookalike::data;

// redline: no finding — `data` here is lookalike::data, not redline::data.
#[data("chat")]
pub struct Note {
    pub body: String,
}

// redline: no finding — path is lookalike::data.
#[lookalike::data("chat")]
pub struct Memo {
    pub body: String,
}

// redline: no finding — serde attribute whose value is the string "data".
#[derive(serde::Serialize)]
pub struct Payload {
    #[serde(rename = "data")]
    pub body: String,
}

/// A local module that is merely called `data`.
pub mod data {
    pub struct Blob {
        pub bytes: Vec<u8>,
    }
}

pub fn pitch(n: &Note, m: &Memo, p: &Payload, b: &data::Blob) -> usize {
    n.body.len() + m.body.len() + p.body.len() + b.bytes.len()
}

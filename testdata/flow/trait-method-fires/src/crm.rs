redline::module_purpose!("sales");

use crate::preview::{Preview, Profile};

pub fn pitch_line(teaser: String) -> String {
    format!("{teaser}... Upgrade to Gold to keep reading")
}

pub fn profile_card(p: &Profile) -> String {
    p.preview() // redline: no finding — resolved to `impl Preview for Profile`
}

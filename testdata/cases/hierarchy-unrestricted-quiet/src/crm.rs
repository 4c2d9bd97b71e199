redline::module_purpose!("sales");

use crate::profile::{MusicTaste, PublicProfile};

// redline: no finding — unrestricted categories.
pub fn pitch(p: &PublicProfile, m: &MusicTaste) -> String {
    let city = p.city.clone();
    let n = m.genres.len();
    format!("Concert nights in {city}! You like {n} genres.")
}

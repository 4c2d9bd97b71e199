use crate::model::{ChatMessage, Profile};

pub fn excerpt(m: &ChatMessage) -> String {
    m.body.clone()
}

pub fn tagline(p: &Profile) -> String {
    format!("{} ({})", p.display_name, p.plan)
}

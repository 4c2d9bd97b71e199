redline::module_purpose!("sales");

use crate::chat::{Preview, Profile};

// redline: no finding — the receiver's type is unknown here, but no chat value reaches it.
pub fn dyn_card(x: &dyn Preview) -> String {
    x.preview()
}

// redline: no finding — likewise for a generic receiver.
pub fn card<T: Preview>(x: &T) -> String {
    x.preview()
}

// redline: no finding — profiles only.
pub fn profile_pitch(p: &Profile) -> String {
    format!("{} {}", card(p), dyn_card(p))
}

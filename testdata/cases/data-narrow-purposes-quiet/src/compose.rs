redline::module_purpose!("messaging");

use crate::chat::Draft;

// redline: no finding — messaging is in the narrowed list.
pub fn restore(d: &Draft) -> String {
    d.body.clone()
}

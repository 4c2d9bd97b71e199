redline::module_purpose!("sales");

use crate::chat::View;

// redline: no finding — View is not chat as a whole and v.author is a String field.
pub fn author_of(v: &View) -> String {
    v.author.clone()
}

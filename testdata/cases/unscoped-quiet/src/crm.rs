redline::module_purpose!("sales");

use crate::helpers;

// redline: no finding — greeting touches no category.
pub fn opener(name: &str) -> String {
    helpers::greeting(name)
}

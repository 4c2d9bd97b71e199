use crate::promo::*;
use crate::api::blast;

// redline: no finding — `blast` is `api::blast`, which is `archive::store`.
pub fn pass_on(member: u64, text: &str) -> bool {
    blast(member, text, 2)
}

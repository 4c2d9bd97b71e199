use crate::member::Member;

/// true: the member agreed to receive promotions.
pub fn allows(m: &Member) -> bool {
    m.marketing_opt_in
}

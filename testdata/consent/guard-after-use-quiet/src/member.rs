//! Members. Only `phone` is personal data in this policy.

#[redline::classified]
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub id: u64,
    pub name: String,
    #[redline::data("contact.phone")]
    pub phone: String,
    /// Ticked "send me offers by SMS".
    pub marketing_opt_in: bool,
    /// Asked never to be called again.
    pub do_not_call: bool,
    pub paying: bool,
}

impl Member {
    pub fn is_paying(&self) -> bool {
        self.paying
    }
}

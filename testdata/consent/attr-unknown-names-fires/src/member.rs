//! Members. Only `phone` is personal data in this policy. The consent guard and the
//! opt-out are marked in code, not in redline.toml.

#[redline::classified]
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub id: u64,
    #[redline::data("contact.phone")]
    pub phone: String,
    /// Ticked "send me offers by SMS".
    #[redline::consent(purposes = ["markting"], categories = ["contact.phone"])]
    pub marketing_opt_in: bool,
    /// Asked never to be called again.
    #[redline::opt_out(purposes = ["sales.calls"], categories = ["contact.phnoe"])]
    pub do_not_call: bool,
    pub paying: bool,
}

impl Member {
    pub fn is_paying(&self) -> bool {
        self.paying
    }
}

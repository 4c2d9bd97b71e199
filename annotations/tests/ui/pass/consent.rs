// `consent` and `opt_out` on `bool` functions and methods (also fallible and async
// ones, and trait methods) and, under the container attribute, on `bool` fields.

#[redline::classified]
pub struct Member {
    #[redline::data("contact.phone")]
    pub phone: String,
    #[redline::consent(purposes = ["marketing"], categories = ["contact.phone"])]
    pub marketing_opt_in: bool,
    #[redline::opt_out(purposes = ["sales.calls"], categories = ["contact"], reason = "never call again")]
    pub do_not_call: bool,
}

#[redline::consent(purposes = ["marketing"], categories = ["contact.phone"])]
pub fn allows(m: &Member) -> bool {
    m.marketing_opt_in
}

pub struct Repo;

impl Repo {
    #[redline::consent(categories = ["contact.phone"], purposes = ["marketing"])]
    pub async fn opted_in(&self, id: u64) -> Result<bool, String> {
        Ok(id > 0)
    }
}

pub trait Registry {
    #[redline::opt_out(purposes = ["sales.calls"], categories = ["contact.phone"])]
    fn on_dnc_list(&self, id: u64) -> Option<bool>;
}

fn main() {}

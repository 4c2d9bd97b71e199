#[redline::consent(purposes = ["marketing"], categories = ["contact.phone"])]
pub fn phone_of(id: u64) -> String {
    id.to_string()
}

#[redline::opt_out(categories = ["contact.phone"])]
pub fn on_dnc_list(id: u64) -> bool {
    id == 0
}

#[redline::classified]
pub struct Member {
    #[redline::consent(purposes = ["marketing"], categories = ["contact.phone"])]
    pub opted_in_at: u64,
}

fn main() {}

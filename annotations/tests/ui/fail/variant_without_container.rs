// Attribute macros on enum variants and fields run only under a container
// attribute, which takes only `data`.

pub enum Contact {
    #[redline::data("contact.email")]
    Email(String),
}

#[redline::classified]
pub struct Account {
    #[redline::purpose("billing")]
    pub email: String,
}

fn main() {}

// rustc does not expand attribute macros on fields: a container attribute
// (`classified` or `data`) is required.

pub struct Account {
    #[redline::data("contact.email")]
    pub email: String,
}

fn main() {}

redline::module_purpose!("sales");

use crate::accounts::PhoneNumber;

pub fn dial(n: &PhoneNumber) -> String { // redline: expect purpose-violation (contact.phone, sales)
    n.0.clone()
}

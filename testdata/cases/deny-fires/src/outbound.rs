redline::module_purpose!("sales.outbound");

use crate::accounts::PhoneNumber;

pub fn dial(n: &PhoneNumber) -> String { // redline: expect purpose-violation (contact.phone, sales.outbound)
    n.0.clone()
}

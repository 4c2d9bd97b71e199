#[redline::data("contact.phone")]
#[derive(Debug, Clone)]
pub struct PhoneNumber(pub String);

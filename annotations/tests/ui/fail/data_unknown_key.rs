#[redline::data("chat", purpose = ["messaging"])]
pub struct ChatMessage;

#[redline::data("chat", "contact.email")]
pub struct TwoCategories;

fn main() {}

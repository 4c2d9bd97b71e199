redline::module_purpose!("sales");

/// A promotional in-app message written by the sales team. Not annotated.
#[derive(Debug, Clone)]
pub struct Message {
    pub headline: String,
    pub body: String,
}

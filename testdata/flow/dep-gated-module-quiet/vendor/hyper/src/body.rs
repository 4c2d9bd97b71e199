/// A request or response body.
pub struct Body {
    pub(crate) text: String,
}

impl Body {
    /// A body holding `text`.
    pub fn from_text(text: String) -> Body {
        Body { text }
    }
}

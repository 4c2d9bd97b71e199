redline::module_purpose!("sales");

/// A brochure attached to a sales e-mail. Not chat data.
#[derive(Debug, Clone)]
pub enum Attachment {
    Photo { bytes: Vec<u8> },
    Brochure { pages: u32 },
}

// redline: no finding — this is crm::Attachment, not chat::Attachment.
pub fn describe(a: &Attachment) -> &'static str {
    match a {
        Attachment::Photo { .. } => "photo",
        Attachment::Brochure { .. } => "brochure",
    }
}

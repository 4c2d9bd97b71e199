redline::module_purpose!("messaging");

/// Something sent inside a private conversation.
#[redline::data("chat")]
#[derive(Debug, Clone)]
pub enum Attachment {
    Photo { bytes: Vec<u8> },
    VoiceNote { seconds: u32 },
    Location { lat: f64, lon: f64 },
}

pub fn size(a: &Attachment) -> usize {
    match a {
        Attachment::Photo { bytes } => bytes.len(),
        Attachment::VoiceNote { seconds } => *seconds as usize * 4000,
        Attachment::Location { .. } => 16,
    }
}

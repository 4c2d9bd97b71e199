redline::module_purpose!("sales");

use crate::chat::Attachment;

/// Matchmaker notes: "sends lots of voice notes — pitch the Voice+ add-on".
pub fn describe(a: &Attachment) -> &'static str { // redline: expect purpose-violation (chat, sales)
    match a {
        Attachment::Photo { .. } => "photo sharer",
        Attachment::VoiceNote { .. } => "voice-note person",
        Attachment::Location { .. } => "shares location",
    }
}

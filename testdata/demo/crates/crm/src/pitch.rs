//! Talking points for a matchmaker's sales call.

use chat::ChatStore;
use members::{MemberId, ProfileDirectory};
use views::ViewLog;

use crate::outbox::{Channel, Message};

pub struct PitchDesk<'a> {
    pub chats: &'a ChatStore,
    pub views: &'a ViewLog,
    pub profiles: &'a ProfileDirectory,
    pub matchmaker: String,
}

impl<'a> PitchDesk<'a> {
    /// The incident: the pitch quotes the member's private messages and the
    /// profiles they looked at.
    pub fn prepare_pitch(&self, member: MemberId) -> Message {
        let opener = self.opening_line(member);
        let transcript = self.chats.history_of(member); // redline: expect purpose-violation (chat, sales)
        let viewed = self.views.viewed_by(member); // redline: expect purpose-violation (browsing, sales)

        let mut notes = vec![opener];
        let lonely = transcript.iter().filter(|m| m.sender == member && m.body.contains("lonely")).count();
        if lonely > 0 {
            notes.push(format!("Mentioned feeling lonely {lonely} times: push Platinum matchmaking."));
        }
        let ghosted = transcript.iter().filter(|m| m.recipient == member && !m.read).count();
        if ghosted > 5 {
            notes.push(format!("{ghosted} unread messages: sell 'Priority Inbox'."));
        }
        let long_looks = viewed.iter().filter(|v| v.dwell_ms > 60_000).count();
        if long_looks > 0 {
            notes.push(format!("Studied {long_looks} profiles for over a minute: 'we can introduce you'."));
        }
        Message { to: member, from_matchmaker: self.matchmaker.clone(), channel: Channel::Phone, body: notes.join("\n") }
    }

    /// Opening line, from the public card only.
    // redline: no finding — `profile` sets no allowed_purposes: unrestricted.
    pub fn opening_line(&self, member: MemberId) -> String {
        match self.profiles.card(member) {
            Some(card) => format!("Hi {}, this is {} from Kindred in {}!", card.display_name, self.matchmaker, card.city),
            None => format!("Hi, this is {} from Kindred!", self.matchmaker),
        }
    }
}

#[cfg(test)]
mod tests {
    use chat::ChatMessage;

    // redline: no finding — #[cfg(test)] code is not checked.
    fn sample() -> ChatMessage {
        ChatMessage { id: 1, conversation: 1, sender: 7, recipient: 8, body: "so lonely".into(), sent_at: 0, read: false }
    }

    #[test]
    fn sample_mentions_loneliness() {
        assert!(sample().body.contains("lonely"));
    }
}

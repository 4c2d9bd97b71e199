use members::MemberId;

use crate::message::{ChatMessage, Conversation, Draft, Transcript};

#[derive(Debug, Default)]
pub struct ChatStore {
    conversations: Vec<Conversation>,
    drafts: Vec<Draft>,
    next_id: u64,
}

impl ChatStore {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn send(&mut self, from: MemberId, to: MemberId, body: String, at: u64) -> u64 {
        self.next_id += 1;
        let id = self.next_id;
        let conversation = match self.conversations.iter().position(|c| c.involves(from) && c.involves(to)) {
            Some(i) => i,
            None => {
                self.conversations.push(Conversation { id, participants: [from, to], started_at: at, messages: Vec::new() });
                self.conversations.len() - 1
            }
        };
        let conv = &mut self.conversations[conversation];
        let message = ChatMessage { id, conversation: conv.id, sender: from, recipient: to, body, sent_at: at, read: false };
        conv.messages.push(message);
        self.drafts.retain(|d| !(d.author == from && d.conversation == conv.id));
        id
    }

    /// Every message the member sent or received, oldest first.
    pub fn history_of(&self, member: MemberId) -> Transcript {
        let mut all: Transcript = Vec::new();
        for conv in self.conversations.iter().filter(|c| c.involves(member)) {
            all.extend(conv.messages.iter().cloned());
        }
        all.sort_by_key(|m| m.sent_at);
        all
    }

    pub fn conversations_of(&self, member: MemberId) -> Vec<Conversation> {
        self.conversations.iter().filter(|c| c.involves(member)).cloned().collect()
    }

    pub fn unread_count(&self, member: MemberId) -> usize {
        self.conversations.iter().map(|c| c.unread_for(member)).sum()
    }

    pub fn mark_read(&mut self, member: MemberId, conversation: u64) {
        for conv in self.conversations.iter_mut().filter(|c| c.id == conversation) {
            for m in conv.messages.iter_mut().filter(|m| m.recipient == member) {
                m.read = true;
            }
        }
    }

    // redline: no finding — Draft is narrowed to messaging, and this is messaging.
    pub fn save_draft(&mut self, draft: Draft) {
        self.drafts.retain(|d| !(d.author == draft.author && d.conversation == draft.conversation));
        self.drafts.push(draft);
    }

    pub fn drafts_of(&self, member: MemberId) -> Vec<Draft> {
        self.drafts.iter().filter(|d| d.author == member).cloned().collect()
    }

    /// Erasure request: remove everything the member wrote.
    pub fn forget_member(&mut self, member: MemberId) {
        for conv in self.conversations.iter_mut() {
            conv.messages.retain(|m| m.sender != member);
        }
        self.drafts.retain(|d| d.author != member);
    }
}

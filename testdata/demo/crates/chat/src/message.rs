use members::MemberId;

/// One private message. Every value of this type is `chat` data.
#[redline::data("chat")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatMessage {
    pub id: u64,
    pub conversation: u64,
    pub sender: MemberId,
    pub recipient: MemberId,
    pub body: String,
    pub sent_at: u64,
    pub read: bool,
}

/// A message typed but never sent. `chat`, narrowed further: only the
/// messaging feature itself may touch drafts — not even moderators.
#[redline::data("chat", purposes = ["messaging"])]
#[derive(Debug, Clone)]
pub struct Draft {
    pub author: MemberId,
    pub conversation: u64,
    pub body: String,
    pub saved_at: u64,
}

/// All messages of a member or conversation, oldest first. An unannotated
/// alias: it is chat because `Vec<ChatMessage>` is.
pub type Transcript = Vec<ChatMessage>;

/// A conversation header with its messages. Not chat as a whole:
/// `participants` is not chat, `messages` is.
#[derive(Debug, Clone)]
pub struct Conversation {
    pub id: u64,
    pub participants: [MemberId; 2],
    pub started_at: u64,
    pub messages: Vec<ChatMessage>,
}

impl Conversation {
    pub fn involves(&self, member: MemberId) -> bool {
        self.participants.contains(&member)
    }

    pub fn other(&self, member: MemberId) -> MemberId {
        if self.participants[0] == member { self.participants[1] } else { self.participants[0] }
    }

    pub fn unread_for(&self, member: MemberId) -> usize {
        self.messages.iter().filter(|m| m.recipient == member && !m.read).count()
    }
}

//! EXPECT: 10 findings
//! - unclassified-personal-data (warning) at src/lib.rs:28 in fn `case_discover_context_repeat_fires::ChatMessage::message`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:34 in fn `case_discover_context_repeat_fires::Message::content`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:35 in fn `case_discover_context_repeat_fires::Message::body`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:40 in fn `case_discover_context_repeat_fires::Conversation::messages`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:45 in fn `case_discover_context_repeat_fires::MessageDraft::body`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:50 in fn `case_discover_context_repeat_fires::PrivateMessage`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:55 in fn `case_discover_context_repeat_fires::ChatCommand`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:62 in fn `case_discover_context_repeat_fires::CustomerAddress::address`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:67 in fn `case_discover_context_repeat_fires::DeviceLocation::location`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:71 in fn `case_discover_context_repeat_fires::MemberCommand`: looks like personal data
//!
//! No purpose violations; `-W unclassified-personal-data` (in `args`) reports what
//! `redline discover` suggests. A word that needs context is suggested when the rest of the
//! name or its owner names a different context word: `message` in `ChatMessage` (`chat`),
//! `content` and `body` in `Message` and `MessageDraft` (`message`), `messages` in
//! `Conversation` (`conversation`), the variant `SendMessage` of `ChatCommand` (`chat`),
//! `address` in `CustomerAddress` (`customer`), `location` in `DeviceLocation` (`device`)
//! and the variant `ShareLocation` of `MemberCommand` (`member`). An owner whose only
//! context word is the word itself gives it none, whatever else it names:
//! `MessageDraft::message` is not suggested, and `PrivateMessage` is suggested as a type
//! (`private_message`) but its field `message` is not. `ChatMessage`, `CustomerAddress` and
//! `DeviceLocation` are suggested by their fields, not as types as well. The same shapes
//! with only the repeated word are in `discover-context-repeat-quiet`.

/// One message of a chat between members.
pub struct ChatMessage {
    pub message: String,
}

/// A message between members, as the messaging service stores it.
pub struct Message {
    pub id: u64,
    pub content: String,
    pub body: String,
}

/// A conversation between members, newest message first.
pub struct Conversation {
    pub messages: Vec<String>,
}

/// A message a member is still writing.
pub struct MessageDraft {
    pub body: String,
    pub message: String, // redline: no finding — its owner only repeats `message`
}

/// A private message between two members.
pub struct PrivateMessage {
    pub message: String, // redline: no finding — `private` is no context, its owner only repeats `message`; the type is suggested
}

/// Commands of the chat client.
pub enum ChatCommand {
    SendMessage { to: String, text: String },
    ListRooms,
}

/// Where a customer wants the parcel delivered.
pub struct CustomerAddress {
    pub address: String,
}

/// Where a member's phone last reported itself.
pub struct DeviceLocation {
    pub location: String,
}

/// Commands a member sends from the app.
pub enum MemberCommand {
    ShareLocation { location: String },
    Logout,
}

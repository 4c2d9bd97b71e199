//! EXPECT: 5 findings
//! - unclassified-personal-data (warning) at src/lib.rs:19 in fn `case_discover_enums_fires::Member::email`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:21 in fn `case_discover_enums_fires::Member::date_of_birth`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:25 in fn `case_discover_enums_fires::NotifyTarget`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:43 in fn `case_discover_enums_fires::ConversationEvent`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:60 in fn `case_discover_enums_fires::MemberPhone`: looks like personal data
//!
//! No purpose violations; `-W unclassified-personal-data` (in `args`) reports what
//! `redline discover` suggests. An enum is suggested by its own name (`MemberPhone`), or
//! for one of its variants' names when its own name supports the match
//! (`ConversationEvent::UserMessage`) or at least half of its variants that carry data
//! look like personal data (`NotifyTarget`: `Email` and `Phone` of 3; the unit variant
//! `Broadcast` carries none and does not count). Not suggested: `Value` (one
//! `EmailAddress` among six kinds of value), `AdminCommand` (one `AddEmail` among four
//! commands that carry data) and `DeliveryChannel` (its variants carry no data).

pub struct Member {
    pub id: u64,
    pub email: String,
    pub email_verified: bool, // redline: no finding — a flag
    pub date_of_birth: String,
}

/// Where a notification goes: mostly a person's contact details.
pub enum NotifyTarget {
    Email(String),
    Phone(String),
    Webhook(String),
    Broadcast,
}

/// A value of any kind, as an attribute store keeps it.
pub enum Value { // redline: no finding — one e-mail-like variant among six that carry data
    Utf8(String),
    Integer(i64),
    Boolean(bool),
    Uuid(String),
    EmailAddress(String),
    Decimal(f64),
}

/// What happens in a conversation between members.
pub enum ConversationEvent {
    Joined { member: u64 },
    UserMessage { content: String },
    Left { member: u64 },
    Archived { at: u64 },
}

/// Commands of the operators' admin room.
pub enum AdminCommand { // redline: no finding — one `AddEmail` among four commands that carry data
    AddEmail { address: String },
    DeactivateAccount { account: u64 },
    CreateRoom { room: String },
    PurgeMedia { days: u32 },
    ListRooms,
}

/// A member's phone number, in either form.
pub enum MemberPhone {
    E164(String),
    Local { area: u16, number: String },
}

/// How a member prefers to be told.
pub enum DeliveryChannel { // redline: no finding — its variants carry no data
    Email,
    Phone,
    Push,
}

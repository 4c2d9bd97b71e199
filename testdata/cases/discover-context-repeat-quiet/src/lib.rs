//! EXPECT: no findings
//!
//! `-W unclassified-personal-data` (in `args`) reports what `redline discover` suggests,
//! and nothing here is a person's message, address or location. A word that needs context
//! (`message`, `messages`, `address`, `location`) gets none from the rest of a name that is
//! only the word (`MessagePayload::message`), nor from an owner that only repeats it: the
//! options of a CLI's `message` subcommand (the shape of kanidm's clap `MessageOpt`, variant
//! `SendTestMessage`), the payload a client sends to the message endpoint (revoltchat's
//! `MessagePayload`), a mail queue's test message, and the same shapes for `address` and
//! `location`, which are no context words of their own patterns. The shapes that do name a
//! chat, a conversation, a customer or a device are in `discover-context-repeat-fires`.

/// Options of the CLI's `message` subcommand (clap-like).
pub enum MessageOpt { // redline: no finding — the owner only repeats `message`
    /// Send a test message to an address.
    SendTestMessage { to: String }, // redline: no finding — `message` with only `send test` and `MessageOpt` around it
    /// List the queued messages.
    ListMessages, // redline: no finding — a unit variant carries no data
}

/// What a client posts to the message endpoint.
pub struct MessagePayload { // redline: no finding — `payload` is no context
    pub message: String, // redline: no finding — the name is only the word, its owner only repeats it
    pub url: String,
}

/// The outbound mail queue's kinds of message.
pub enum OutboundMessage { // redline: no finding — `outbound` is no context
    TestMessageV1 { display_name_len: u32 }, // redline: no finding — the owner only repeats `message`
}

/// A page of messages as the admin endpoint lists them.
pub struct Messages { // redline: no finding — the name is only the word
    pub messages: Vec<String>, // redline: no finding — the owner only repeats `messages`
}

/// What a client posts to the address endpoint of the mail relay.
pub struct AddressPayload { // redline: no finding — `payload` is no context
    pub address: String, // redline: no finding — the owner only repeats `address`, no context word
    pub url: String,
}

/// Options of the CLI's `location` subcommand: where the server keeps its files.
pub enum LocationOpt { // redline: no finding — the owner only repeats `location`
    ShowLocation { location: String }, // redline: no finding — `show` and `LocationOpt` are no context
}

/// The helper's singular/plural shapes: an owner that repeats the word in the other number.
pub struct MessageList { // redline: no finding — the name is only the word
    pub messages: Vec<String>, // redline: no finding — the owner repeats `message`, singular
}

/// Options of the CLI's `message` subcommand, listing with a limit.
pub enum MessageCmd { // redline: no finding — the owner only repeats `message`
    SendTestMessage { to: String }, // redline: no finding — `message` with only `send test` around it
    ListMessages { limit: u32 }, // redline: no finding — `messages` with only `MessageCmd` around it
}

/// Options of the CLI's `messages` subcommand.
pub enum MessagesOpt { // redline: no finding — the owner repeats `messages`, plural
    ShowMessage { id: u64 }, // redline: no finding — `message` with only `show` and `MessagesOpt` around it
}

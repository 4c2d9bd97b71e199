pub use chat_core::Message as Thread;
pub use chat_core::msg::*;
pub use self::notes::Note as Message;

pub mod notes {
    /// A matchmaker's note. Not annotated.
    pub struct Note {
        pub text: String,
    }
}

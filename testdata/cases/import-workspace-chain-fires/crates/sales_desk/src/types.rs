pub use chat_core::Message as Thread;
pub use self::notes::*;
pub use chat_core::prelude::Message;

pub mod notes {
    /// A matchmaker's note. Not annotated.
    pub struct Message {
        pub text: String,
    }
}

pub use crate::outbox::*;
pub use self::blast as shout;

pub use crate::archive::store as keep;
pub use crate::archive::file as shout;

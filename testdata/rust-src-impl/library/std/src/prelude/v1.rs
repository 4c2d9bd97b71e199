pub use crate::option::Option::{self, None, Some};
pub use crate::result::Result::{self, Err, Ok};

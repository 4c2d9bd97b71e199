mod error;

pub use self::error::{Error, Result};

pub trait Write {
    fn write_all(&mut self, buf: &[u8]) -> Result<()>;
}

use crate::result;

pub type Result<T> = result::Result<T, Error>;

pub struct Error {
    code: i32,
}

pub struct Error {
    inner: Box<str>,
}

pub type Result<T> = std::result::Result<T, Error>;

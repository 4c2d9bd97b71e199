pub struct Arc<T: ?Sized> {
    ptr: *const T,
}

pub struct Weak<T: ?Sized> {
    ptr: *const T,
}

impl<T: ?Sized> Weak<T> {
    /// The value, while an `Arc` still holds it.
    pub fn upgrade(&self) -> Option<Arc<T>> {
        None
    }

    pub fn strong_count(&self) -> usize {
        0
    }
}

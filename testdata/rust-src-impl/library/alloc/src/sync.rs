pub struct Arc<T: ?Sized> {
    ptr: *const T,
}

pub struct Weak<T: ?Sized> {
    ptr: *const T,
}

impl<T: Clone> Arc<T> {
    pub fn unwrap_or_clone(this: Self) -> T {
        loop {}
    }
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

pub enum Option<T> {
    None,
    Some(T),
}

impl<T> Option<T> {
    pub fn insert(&mut self, value: T) -> &mut T {
        *self = Option::Some(value);
        loop {}
    }

    pub fn is_some(&self) -> bool {
        matches!(self, Option::Some(_))
    }
}

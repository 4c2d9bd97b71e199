//! EXPECT: no findings
//!
//! The macro of `macro-impl-parts-fires`, its generated getters called only for
//! `messaging`, which may read messages; the `impl` blocks of one expansion, parsed one
//! method at a time, keep their methods and purposes.

#[redline::data("chat")]
#[derive(Clone, Default)]
pub struct Message {
    pub body: String,
}

pub struct Sized<const N: usize>;

pub trait Marker {}

macro_rules! store {
    ($name:ident) => {
        pub struct $name { last: Message }

        impl $name {
            #![allow(unused)]
            pub fn latest(&self) -> Message { self.last.clone() }
            #[cfg(test)]
            fn only_in_tests(&self) -> Message { self.last.clone() }
            pub fn inbox(&self) -> Vec<Message> { vec![self.latest()] }
        }

        unsafe impl Send for Wrapper {}

        impl Sized<{ 1 + 1 }> {
            pub fn sized(&self, s: &$name) -> Message { s.latest() }
        }

        const LIMIT: usize = if true { 1 } else { 2 };

        impl<T> Holder<T> where T: Clone {
            pub fn last(&self, s: &$name) -> Message { s.latest() }
        }
    };
}

pub struct Wrapper;
pub struct Holder<T>(T);

store!(Store);

pub fn send_sms(_text: &str) {}

#[redline::purpose("messaging")]
pub fn pitch_inbox(s: &Store) {
    send_sms(&s.inbox()[0].body);
}

#[redline::purpose("messaging")]
pub fn pitch_store(s: &Store) {
    send_sms(&s.latest().body);
}

#[redline::purpose("messaging")]
pub fn pitch_sized(z: &Sized<2>, s: &Store) {
    send_sms(&z.sized(s).body);
}

#[redline::purpose("messaging")]
pub fn pitch_last(h: &Holder<u8>, s: &Store) {
    send_sms(&h.last(s).body);
}

#[redline::purpose("messaging")]
pub fn show(s: &Store) -> usize {
    s.latest().body.len() + LIMIT
}

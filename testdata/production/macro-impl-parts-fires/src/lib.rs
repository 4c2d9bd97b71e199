//! EXPECT: 4 findings
//! - purpose-violation at src/lib.rs:58 in fn `production_macro_impl_parts_fires::pitch_inbox`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:63 in fn `production_macro_impl_parts_fires::pitch_store`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:68 in fn `production_macro_impl_parts_fires::pitch_sized`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:73 in fn `production_macro_impl_parts_fires::pitch_last`: category `chat` is not allowed for purpose `sales`
//!
//! One macro generating, in one expansion, the shapes a list of items takes: a struct, an
//! `impl` with an inner attribute and a test function among its methods, an `unsafe impl`,
//! an `impl` whose head holds a block (a const generic argument), a constant whose
//! initializer holds blocks, and a last `impl` with a `where` clause. Every generated
//! getter is found, whichever of them sales code calls.

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

#[redline::purpose("sales")]
pub fn pitch_inbox(s: &Store) {
    send_sms(&s.inbox()[0].body);
}

#[redline::purpose("sales")]
pub fn pitch_store(s: &Store) {
    send_sms(&s.latest().body);
}

#[redline::purpose("sales")]
pub fn pitch_sized(z: &Sized<2>, s: &Store) {
    send_sms(&z.sized(s).body);
}

#[redline::purpose("sales")]
pub fn pitch_last(h: &Holder<u8>, s: &Store) {
    send_sms(&h.last(s).body);
}

#[redline::purpose("messaging")]
pub fn show(s: &Store) -> usize {
    s.latest().body.len() + LIMIT
}

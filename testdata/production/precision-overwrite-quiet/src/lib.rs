//! EXPECT: no findings
//!
//! A local first assigned from a field classified with `#[redline::data]` (on a struct
//! that is otherwise not classified), then overwritten with an unrelated value before it
//! is used: what reaches sales is the new value. The same code over a field of a
//! classified type was already quiet; this is the field-attribute shape, in a loop, and
//! through a `match`.

pub mod account;
pub mod members;
pub mod sales;

//! EXPECT: no findings
//!
//! The bare closure trait types of `bare-closure-trait-fires` in a 2018-edition service
//! (`Box<Fn(..) -> String + Send + Sync>` and `Box<std::ops::Fn(..) -> bool + Send>`
//! fields, `Vec<Box<FnOnce() + Send>>`, `&Fn`, `&std::ops::Fn` and `&mut FnMut`
//! parameters over several lines, `*const Fn` in a type alias, a `*mut FnMut` parameter).
//! The file is analysed and no parse-error is reported. What bare closures return from
//! chat messages goes to messaging code and from phones to account code; the closures
//! whose results reach the marketing module are given only first names, and the boxed
//! `FnOnce` job captures only a member id.
//!
//! The further shapes of `bare-closure-trait-fires`, with chat messages going to messaging
//! code, first names to the marketing module and phones to account code: a bare closure
//! returning another bare closure (`Box<Fn(&ChatMessage) -> Box<Fn() -> String> + Send>`),
//! a closure whose last parameter is `&Fn(&ChatMessage) -> String`, the alias `type Teaser =
//! Fn(..) -> String + Send + Sync` as `&Teaser` and `Box<Teaser>`, a parenthesized `&(Fn(..)
//! -> String + Send)`, a higher-ranked `Box<for<'a> Fn(&'a ChatMessage) -> String>`, and
//! functions returning `&'static Fn(&str) -> String` with their body right after the
//! return type.

pub mod campaign;
pub mod inbox;
pub mod members;
pub mod outreach;

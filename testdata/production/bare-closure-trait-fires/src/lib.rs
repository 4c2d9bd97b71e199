//! EXPECT: 16 findings
//! - purpose-violation at src/outreach.rs:29 in fn `production_bare_closure_trait_fires::outreach::Outreach::text_member`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/outreach.rs:38 in fn `production_bare_closure_trait_fires::outreach::Outreach::personalised`: category `chat` is not allowed for purpose `marketing`
//! - purpose-violation at src/outreach.rs:51 in fn `production_bare_closure_trait_fires::outreach::Outreach::schedule`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/outreach.rs:68 in fn `production_bare_closure_trait_fires::outreach::chat_teaser`: category `chat` is not allowed for purpose `marketing`
//! - purpose-violation at src/outreach.rs:74 in fn `production_bare_closure_trait_fires::outreach::normalised_sms`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/outreach.rs:86 in fn `production_bare_closure_trait_fires::outreach::weekend_batch`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/outreach.rs:97 in fn `production_bare_closure_trait_fires::outreach::via_shim`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/outreach.rs:102 in fn `production_bare_closure_trait_fires::outreach::via_callback`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/outreach.rs:112 in fn `production_bare_closure_trait_fires::outreach::render_with`: category `chat` is not allowed for purpose `marketing`
//! - purpose-violation at src/outreach.rs:118 in fn `production_bare_closure_trait_fires::outreach::alias_teaser`: category `chat` is not allowed for purpose `marketing`
//! - purpose-violation at src/outreach.rs:124 in fn `production_bare_closure_trait_fires::outreach::boxed_teaser`: category `chat` is not allowed for purpose `marketing`
//! - purpose-violation at src/outreach.rs:130 in fn `production_bare_closure_trait_fires::outreach::bounded_teaser`: category `chat` is not allowed for purpose `marketing`
//! - purpose-violation at src/outreach.rs:136 in fn `production_bare_closure_trait_fires::outreach::any_lifetime_teaser`: category `chat` is not allowed for purpose `marketing`
//! - purpose-violation at src/outreach.rs:151 in fn `production_bare_closure_trait_fires::outreach::picked_sms`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/outreach.rs:157 in fn `production_bare_closure_trait_fires::outreach::announce_renderer`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/outreach.rs:166 in fn `production_bare_closure_trait_fires::outreach::deferred_teaser`: category `chat` is not allowed for purpose `marketing`
//!
//! A 2018-edition service whose closure types name `Fn`, `FnMut` and `FnOnce` as bare
//! traits, without `dyn` (docs/flow.md, "What is not followed"; lints/parse-error.toml):
//! `Box<Fn(&ChatMessage) -> String + Send + Sync>` and `Box<std::ops::Fn(&Member) -> bool
//! + Send>` struct fields, `Vec<Box<FnOnce() + Send>>`, `&Fn(&str) -> String`,
//! `&std::ops::Fn(..)` and `&mut FnMut(..)` parameters (one signature over several lines),
//! `*const Fn(&str) -> String` in a type alias and a `*mut FnMut(&str) -> String`
//! parameter. The file is analysed, not reported as a parse-error. Unscoped code in it
//! passes a member's phone (`[data]` on `Member::phone`) and chat messages (`[data]` on
//! `ChatMessage`) to the marketing module: directly, captured by a boxed `FnOnce` job, and
//! through calls of bare closures (`(self.formatter)(last)`, `render(&msg.body)`,
//! `normalise(m.id, &m.phone)`, `(*render)(&m.phone)`), whose result depends on every
//! argument. The greeting closure's text goes to account code, which may use the phone.
//!
//! More places where a bare closure trait is recognised, each carrying a chat message or
//! the phone to the marketing module: a closure whose last parameter is `&Fn(&ChatMessage)
//! -> String` (`|r: &Fn(..) -> String| r(msg)`), a type alias `type Teaser = Fn(..) ->
//! String + Send + Sync` used as `&Teaser` and as `Box<Teaser>`, a parenthesized
//! `&(Fn(..) -> String + Send)`, a higher-ranked `Box<for<'a> Fn(&'a ChatMessage) ->
//! String>`, and functions returning `&'static Fn(&str) -> String` with their body right
//! after the return type: the renderer `pick()` returns is called on the phone, and
//! `announce_renderer`'s own body texts the phone.

pub mod campaign;
pub mod members;
pub mod outreach;

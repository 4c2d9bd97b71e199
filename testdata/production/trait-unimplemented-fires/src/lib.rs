//! EXPECT: 4 findings
//! - purpose-violation at src/sales.rs:17 in fn `production_trait_unimplemented_fires::sales::Upsell::pitch`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/sales.rs:29 in fn `production_trait_unimplemented_fires::sales::Upsell::teaser`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/sales.rs:35 in fn `production_trait_unimplemented_fires::sales::hot_leads`: category `browsing` is not allowed for purpose `sales`
//! - purpose-violation at src/sales.rs:40 in fn `production_trait_unimplemented_fires::sales::warm_up`: category `chat` is not allowed for purpose `sales`
//!
//! Repositories are traits declared in this crate and implemented elsewhere (the Postgres
//! implementations live in the binary crate of another repository, wired at startup;
//! `ViewLog` has only a `#[cfg(test)]` fake, which is not analysed). Sales code calls
//! them on `Arc<dyn MessageRepo>`, `Box<dyn ViewLog>` and a generic `R: MessageRepo`: the
//! declared return types (`Vec<Message>`, `Option<Message>`, and `Vec<ProfileView>` behind
//! an `#[async_trait]`-style `Pin<Box<dyn Future<Output = ..>>>`) carry
//! the categories.

pub mod model;
pub mod repo;
pub mod sales;

//! EXPECT: 5 findings
//! - purpose-violation at src/crm.rs:10 in fn `database_config_unmatched_fires::crm::call_hooks`: category `chat` is not allowed for purpose `sales`
//! - unmatched-config-path (warning) at redline.toml:33: there is no column `messages.bdy`; did you mean `messages.body`?
//! - unmatched-config-path (warning) at redline.toml:34: there is no table `member`; did you mean `members`?
//! - unmatched-config-path (warning) at redline.toml:35: there is no table `profile_view`; did you mean `profile_views`?
//! - unmatched-config-path (warning) at redline.toml:38: there is no table `crm_note`; did you mean `crm_notes`?
//!
//! `[columns]` and `[tables]` entries that match no table or column of the known schema (the
//! diesel `table!` schema in src/schema.rs) are `unmatched-config-path` warnings, each with a
//! "did you mean": `messages.bdy` (`messages.body`), `member.phone` (`members.phone`),
//! `profile_view.*` (`profile_views.*`), `crm_note` (`crm_notes`). The valid entry still works.
//!
//! Assumption (the issue is silent): one warning per entry, at the entry's line, with no item;
//! the suggestion text is not checked by the harness.

pub mod crm;
pub mod schema;

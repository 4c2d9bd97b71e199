//! The Fides default taxonomy (`fides_taxonomy.toml`, embedded): its data category and
//! data use keys with their names, and the Fides keys of a policy's categories and
//! purposes (their `fides` key, else their own name when it is a Fides key, else the
//! nearest ancestor's).

use super::taxonomy::{Record, Taxonomy};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

#[derive(Deserialize)]
struct Fides {
    categories: BTreeMap<String, String>,
    uses: BTreeMap<String, String>,
}

fn fides() -> &'static Fides {
    static FIDES: OnceLock<Fides> = OnceLock::new();
    FIDES.get_or_init(|| {
        toml::from_str(include_str!("fides_taxonomy.toml"))
            .unwrap_or_else(|e| panic!("the embedded Fides taxonomy is invalid: {e}"))
    })
}

/// Every Fides data category: key → name, in key order (parents first).
pub fn categories() -> &'static BTreeMap<String, String> {
    &fides().categories
}

/// Every Fides data use: key → name, in key order (parents first).
pub fn uses() -> &'static BTreeMap<String, String> {
    &fides().uses
}

/// Which of a policy's names: its categories or its purposes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Category,
    Purpose,
}

/// The record keys of a category or purpose as they apply to it: each from the nearest
/// ancestor (itself included) that sets it; for `fides`, a name that is a Fides key of
/// the right kind counts as set.
pub fn effective(taxonomy: &Taxonomy, kind: Kind, name: &str) -> Record {
    let (records, keys) = match kind {
        Kind::Category => (&taxonomy.category_records, categories()),
        Kind::Purpose => (&taxonomy.purpose_records, uses()),
    };
    let mut out = Record::default();
    let mut level = Some(name);
    while let Some(n) = level {
        let own = records.get(n);
        let fides = own.and_then(|r| r.fides.clone()).or_else(|| keys.contains_key(n).then(|| n.to_string()));
        out.fides = out.fides.or(fides);
        out.legal_basis = out.legal_basis.or_else(|| own.and_then(|r| r.legal_basis.clone()));
        out.retention = out.retention.or_else(|| own.and_then(|r| r.retention.clone()));
        level = n.rfind('.').map(|i| &n[..i]);
    }
    out
}

/// The policy's category for a Fides data category key: one whose Fides key is exactly
/// that, else one named like it without the `user.` prefix (`contact.email`), if any.
pub fn category_for(taxonomy: &Taxonomy, key: &str) -> Option<String> {
    let names: Vec<&str> = taxonomy.declared_categories().collect();
    if names.contains(&key) && effective(taxonomy, Kind::Category, key).fides.as_deref() == Some(key) {
        return Some(key.to_string());
    }
    let exact = names.iter().find(|n| effective(taxonomy, Kind::Category, n).fides.as_deref() == Some(key));
    let short = key.strip_prefix("user.").and_then(|k| names.iter().find(|n| **n == k));
    exact.or(short).map(|n| n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_taxonomy_is_complete_and_keys_are_inherited() {
        assert!(categories().contains_key("user.contact.email") && uses().contains_key("marketing.communications"));
        for key in categories().keys().chain(uses().keys()) {
            let parent = key.rfind('.').map(|i| &key[..i]);
            assert!(parent.is_none_or(|p| categories().contains_key(p) || uses().contains_key(p)), "{key}");
        }
        let mut t = Taxonomy::default();
        t.add_category("contact", None, None);
        t.add_category("contact.email", None, None);
        t.add_category("user.contact.email.work", None, None);
        t.category_records.insert(
            "contact".into(),
            Record { fides: Some("user.contact".into()), retention: Some("2 years".into()), legal_basis: None },
        );
        let email = effective(&t, Kind::Category, "contact.email");
        assert_eq!((email.fides.as_deref(), email.retention.as_deref()), (Some("user.contact"), Some("2 years")));
        assert_eq!(
            effective(&t, Kind::Category, "user.contact.email.work").fides.as_deref(),
            Some("user.contact.email")
        );
        assert_eq!(category_for(&t, "user.contact").as_deref(), Some("contact"));
        assert_eq!(category_for(&t, "user.contact.phone_number"), None);
    }
}

//! Categories, purposes and the rule that decides whether a purpose may use a category.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
pub struct Taxonomy {
    /// Declared categories: name → (own allowed purposes, description).
    categories: BTreeMap<String, (Option<Vec<String>>, Option<String>)>,
    purposes: BTreeMap<String, Option<String>>,
    pub denies: Vec<Deny>,
    /// The optional `fides`, `legal_basis` and `retention` keys of each declared category.
    pub category_records: BTreeMap<String, Record>,
    /// The same keys of each declared purpose.
    pub purpose_records: BTreeMap<String, Record>,
}

/// What a record of processing activities needs of a category or purpose, from
/// redline.toml (every key optional).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    /// The Fides data category (for a category) or data use (for a purpose) key.
    pub fides: Option<String>,
    pub legal_basis: Option<String>,
    pub retention: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Deny {
    pub categories: Vec<String>,
    pub purposes: Vec<String>,
    pub reason: String,
}

/// Why a purpose may not use a category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A `[[deny]]` rule matched.
    Denied { reason: String },
    /// The purpose is outside the allowed purposes, inherited from `from`.
    NotAllowed { allowed: Vec<String>, from: String },
    /// The type's annotation narrowed the purposes (`purposes = [..]`).
    Narrowed { allowed: Vec<String> },
}

/// `child` is `parent` or below it in the dotted hierarchy.
pub fn within(child: &str, parent: &str) -> bool {
    child == parent
        || (child.len() > parent.len() && child.starts_with(parent) && child.as_bytes()[parent.len()] == b'.')
}

/// Names and their dotted prefixes (`marketing` for `marketing.sms`), each once.
fn with_parents<'a>(names: impl Iterator<Item = &'a String>) -> impl Iterator<Item = &'a str> {
    let mut all: Vec<&str> = Vec::new();
    for n in names {
        all.extend(n.match_indices('.').map(|(i, _)| &n[..i]));
        all.push(n);
    }
    all.sort_unstable();
    all.dedup();
    all.into_iter()
}

fn declared(map_keys: impl Iterator<Item = impl AsRef<str>>, name: &str) -> bool {
    let mut keys = map_keys;
    keys.any(|k| within(k.as_ref(), name))
}

impl Taxonomy {
    pub fn add_category(&mut self, name: &str, allowed: Option<Vec<String>>, description: Option<String>) {
        self.categories.insert(name.to_string(), (allowed, description));
    }

    pub fn add_purpose(&mut self, name: &str, description: Option<String>) {
        self.purposes.insert(name.to_string(), description);
    }

    /// Declared, or the parent of a declared key (`contact` for `contact.email`).
    pub fn has_category(&self, name: &str) -> bool {
        declared(self.categories.keys(), name)
    }

    pub fn has_purpose(&self, name: &str) -> bool {
        declared(self.purposes.keys(), name)
    }

    /// The categories the policy declares (no implied parents).
    pub fn declared_categories(&self) -> impl Iterator<Item = &str> {
        self.categories.keys().map(String::as_str)
    }

    /// The purposes the policy declares (no implied parents).
    pub fn declared_purposes(&self) -> impl Iterator<Item = &str> {
        self.purposes.keys().map(String::as_str)
    }

    /// Declared categories and the parents their dotted names imply (for suggestions).
    pub fn category_names(&self) -> impl Iterator<Item = &str> {
        with_parents(self.categories.keys())
    }

    /// Declared purposes and the parents their dotted names imply (for suggestions).
    pub fn purpose_names(&self) -> impl Iterator<Item = &str> {
        with_parents(self.purposes.keys())
    }

    pub fn category_description(&self, name: &str) -> Option<&str> {
        self.categories.get(name).and_then(|(_, d)| d.as_deref())
    }

    pub fn purpose_description(&self, name: &str) -> Option<&str> {
        self.purposes.get(name).and_then(|d| d.as_deref())
    }

    /// The allowed purposes of a category: those of the nearest ancestor
    /// (itself included) that sets them; `None` when unrestricted.
    pub fn allowed_purposes(&self, category: &str) -> Option<(&[String], &str)> {
        let mut name = category;
        loop {
            if let Some((key, (Some(allowed), _))) = self.categories.get_key_value(name) {
                return Some((allowed, key));
            }
            name = &name[..name.rfind('.')?];
        }
    }

    /// Whether `purpose` may use data of `category` (narrowed by a type's
    /// `purposes = [..]`); `Err` says why not.
    pub fn check(&self, category: &str, narrowed: Option<&[String]>, purpose: &str) -> Result<(), Refusal> {
        if let Some(d) = self
            .denies
            .iter()
            .find(|d| d.categories.iter().any(|c| within(category, c)) && d.purposes.iter().any(|p| within(purpose, p)))
        {
            return Err(Refusal::Denied { reason: d.reason.clone() });
        }
        if let Some((allowed, from)) = self.allowed_purposes(category) {
            if !allowed.iter().any(|a| within(purpose, a)) {
                return Err(Refusal::NotAllowed { allowed: allowed.to_vec(), from: from.to_string() });
            }
        }
        if let Some(n) = narrowed {
            if !n.iter().any(|a| within(purpose, a)) {
                return Err(Refusal::Narrowed { allowed: n.to_vec() });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tax() -> Taxonomy {
        let mut t = Taxonomy::default();
        t.add_category("contact", Some(vec!["account".into(), "marketing.email".into()]), None);
        t.add_category("contact.email", None, None);
        t.add_category("chat", Some(vec!["messaging".into()]), None);
        t.add_category("public", None, None);
        for p in ["account", "marketing", "marketing.email", "marketing.email.weekly", "messaging", "sales"] {
            t.add_purpose(p, None);
        }
        t.denies.push(Deny {
            categories: vec!["chat".into()],
            purposes: vec!["marketing".into()],
            reason: "no".into(),
        });
        t
    }

    #[test]
    fn hierarchy_rules() {
        let t = tax();
        assert!(t.check("contact.email", None, "marketing.email.weekly").is_ok());
        assert!(
            matches!(t.check("contact.email", None, "marketing"), Err(Refusal::NotAllowed { from, .. }) if from == "contact")
        );
        assert!(t.check("public", None, "sales").is_ok());
        assert!(matches!(t.check("chat", None, "marketing.email"), Err(Refusal::Denied { .. })));
        assert!(matches!(t.check("public", Some(&["account".into()]), "sales"), Err(Refusal::Narrowed { .. })));
        assert!(t.has_category("contact") && !t.has_category("cont") && t.has_purpose("marketing"));
        assert!(!within("marketingx", "marketing"));
    }
}

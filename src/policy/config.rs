//! `redline.toml`: parsed with spans, so every error points at its line.

use super::taxonomy::{Deny, Record, Taxonomy};
use crate::diag::{did_you_mean, Level, Lint};
use crate::syntax::check_name;
use rustc_hash::FxHashMap as HashMap;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    categories: BTreeMap<Spanned<String>, RawCategory>,
    #[serde(default)]
    purposes: BTreeMap<Spanned<String>, RawPurpose>,
    #[serde(default)]
    deny: Vec<RawDeny>,
    #[serde(default)]
    consent: Vec<RawConsent>,
    #[serde(default)]
    data: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    modules: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    #[serde(default)]
    functions: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    #[serde(default)]
    columns: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    tables: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    #[serde(default)]
    lints: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    flow: RawFlow,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawFlow {
    /// Method names or function paths whose result carries nothing of their inputs.
    #[serde(default)]
    no_propagation: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCategory {
    #[serde(default)]
    description: Option<String>,
    allowed_purposes: Option<Vec<Spanned<String>>>,
    /// The Fides data category key.
    fides: Option<Spanned<String>>,
    legal_basis: Option<String>,
    retention: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPurpose {
    #[serde(default)]
    description: Option<String>,
    /// The Fides data use key.
    fides: Option<Spanned<String>>,
    legal_basis: Option<String>,
    retention: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeny {
    categories: Vec<Spanned<String>>,
    purposes: Vec<Spanned<String>>,
    reason: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConsent {
    categories: Spanned<Vec<Spanned<String>>>,
    purposes: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    guards: Vec<Spanned<String>>,
    #[serde(default)]
    opt_outs: Vec<Spanned<String>>,
    reason: Spanned<String>,
}

/// `[workspace.metadata.redline]` / `[package.metadata.redline]` in a Cargo.toml: the
/// same tables as redline.toml. Read from the whole manifest, so spans stay true.
#[derive(Deserialize)]
struct RawManifest {
    workspace: Option<RawMetadataOwner>,
    package: Option<RawMetadataOwner>,
}

#[derive(Deserialize)]
struct RawMetadataOwner {
    metadata: Option<RawMetadata>,
}

#[derive(Deserialize)]
struct RawMetadata {
    redline: Option<RawConfig>,
}

/// A problem in the policy file; redline stops with exit code 2.
#[derive(Debug, Clone)]
pub struct ConfigError {
    pub message: String,
    pub span: Option<Range<usize>>,
    pub help: Option<String>,
}

/// A path-to-name mapping from `[data]`, `[modules]`, `[functions]`, `[columns]` or `[tables]`.
#[derive(Debug, Clone)]
pub struct PathEntry {
    pub path: String,
    pub names: Vec<String>,
    /// Where the key is written in the policy file (byte range).
    pub span: Range<usize>,
}

/// A `[[consent]]` rule as written: uses of `categories` by code with `purposes` need one
/// of `guards` true (or one of `opt_outs` false) for the same person.
#[derive(Debug, Clone)]
pub struct ConsentEntry {
    pub categories: Vec<String>,
    pub purposes: Vec<String>,
    /// Paths of `bool` functions and fields, with where each is written.
    pub guards: Vec<(String, Range<usize>)>,
    pub opt_outs: Vec<(String, Range<usize>)>,
    pub reason: String,
    /// Where the rule's `reason` is written.
    pub span: Range<usize>,
}

#[derive(Debug)]
pub struct Config {
    pub taxonomy: Taxonomy,
    pub consent: Vec<ConsentEntry>,
    pub data: Vec<PathEntry>,
    pub modules: Vec<PathEntry>,
    pub functions: Vec<PathEntry>,
    /// `[columns]`: `table.column`, `table.*` or `schema.table.column` to a category.
    pub columns: Vec<PathEntry>,
    /// `[tables]`: `table` or `schema.table` to purposes.
    pub tables: Vec<PathEntry>,
    pub levels: HashMap<Lint, Level>,
    pub no_propagation: Vec<String>,
    /// Where each `[flow] no_propagation` entry is written (byte range), in order.
    pub no_propagation_at: Vec<Range<usize>>,
    /// The file as read, for code frames on findings that point into it.
    pub text: String,
    /// Its path relative to the workspace root (or as given).
    pub file: String,
}

impl Config {
    /// Whether the policy needs the database schema: it has `[columns]` or `[tables]`.
    pub fn reads_schema(&self) -> bool {
        !self.columns.is_empty() || !self.tables.is_empty()
    }
}

/// The optional record keys of a category or purpose; a `fides` key must be one Fides accepts.
fn record(
    fides: Option<&Spanned<String>>,
    legal_basis: &Option<String>,
    retention: &Option<String>,
    errors: &mut Vec<ConfigError>,
) -> Record {
    if let Some(key) = fides {
        let valid = |c: char| c.is_ascii_alphanumeric() || "_.-<>".contains(c);
        if key.get_ref().is_empty() || !key.get_ref().chars().all(valid) {
            errors.push(err(
                format!("`{}` is not a Fides key", key.get_ref()),
                key.span(),
                Some("Fides keys are letters, digits and `_ . - < >`, e.g. \"user.contact.email\"".into()),
            ));
        }
    }
    Record { fides: fides.map(|f| f.get_ref().clone()), legal_basis: legal_basis.clone(), retention: retention.clone() }
}

fn err(message: String, span: Range<usize>, help: Option<String>) -> ConfigError {
    ConfigError { message, span: Some(span), help }
}

/// `did you mean` for a name among candidates.
fn toml_error(e: toml::de::Error) -> Vec<ConfigError> {
    vec![ConfigError { message: e.message().trim().to_string(), span: e.span(), help: None }]
}

pub fn parse(text: &str, file: &str) -> Result<Config, Vec<ConfigError>> {
    let raw: RawConfig = toml::from_str(text).map_err(toml_error)?;
    build(raw, text, file)
}

/// Which table of a Cargo.toml holds a policy: `workspace` or `package`, if any.
/// A manifest that is not TOML holds none (cargo would refuse it anyway).
pub fn manifest_table(manifest: &str) -> Option<&'static str> {
    let table: toml::Table = toml::from_str(manifest).ok()?;
    ["workspace", "package"].into_iter().find(|key| {
        table.get(*key).and_then(|t| t.get("metadata")).and_then(|m| m.get("redline")).is_some_and(|r| r.is_table())
    })
}

/// The policy in `[workspace.metadata.redline]` (else `[package.metadata.redline]`) of a
/// Cargo.toml; see [`manifest_table`] for whether there is one.
pub fn parse_manifest(manifest: &str, file: &str) -> Result<Config, Vec<ConfigError>> {
    let raw: RawManifest = toml::from_str(manifest).map_err(toml_error)?;
    let metadata = |owner: Option<RawMetadataOwner>| owner.and_then(|o| o.metadata).and_then(|m| m.redline);
    let missing = || {
        vec![ConfigError {
            message: "no [workspace.metadata.redline] or [package.metadata.redline] table".into(),
            span: None,
            help: None,
        }]
    };
    let raw = match metadata(raw.workspace) {
        Some(r) => r,
        None => metadata(raw.package).ok_or_else(missing)?,
    };
    build(raw, manifest, file)
}

fn build(raw: RawConfig, text: &str, file: &str) -> Result<Config, Vec<ConfigError>> {
    let mut v = Validator { errors: Vec::new(), taxonomy: Taxonomy::default() };
    v.taxonomy(&raw);
    let data = v.classify(&raw.data);
    let modules = v.purpose_table(&raw.modules);
    let functions = v.purpose_table(&raw.functions);
    let mut columns = Vec::new();
    for (k, c) in &raw.columns {
        v.sql_name(k, true);
        v.category(c);
        columns.push(PathEntry { path: k.get_ref().clone(), names: vec![c.get_ref().clone()], span: k.span() });
    }
    let tables = v.names_table(&raw.tables, |v, k| v.sql_name(k, false));
    let levels = v.levels(&raw.lints);
    let consent = raw.consent.iter().map(|c| v.consent(c)).collect();
    if !v.errors.is_empty() {
        return Err(v.errors);
    }
    Ok(Config {
        taxonomy: v.taxonomy,
        consent,
        data,
        modules,
        functions,
        columns,
        tables,
        levels,
        no_propagation_at: raw.flow.no_propagation.iter().map(Spanned::span).collect(),
        no_propagation: raw.flow.no_propagation.into_iter().map(Spanned::into_inner).collect(),
        text: text.to_string(),
        file: file.to_string(),
    })
}

/// Builds the checked parts of a policy, collecting every error (not only the first).
struct Validator {
    errors: Vec<ConfigError>,
    taxonomy: Taxonomy,
}

impl Validator {
    /// Categories, purposes and `[[deny]]` rules.
    fn taxonomy(&mut self, raw: &RawConfig) {
        for key in raw.categories.keys().chain(raw.purposes.keys()) {
            if let Err(why) = check_name(key.get_ref()) {
                self.errors.push(err(why, key.span(), None));
            }
        }
        for (name, cat) in &raw.categories {
            let allowed = cat.allowed_purposes.as_ref().map(|v| v.iter().map(|s| s.get_ref().clone()).collect());
            self.taxonomy.add_category(name.get_ref(), allowed, cat.description.clone());
            let record = record(cat.fides.as_ref(), &cat.legal_basis, &cat.retention, &mut self.errors);
            self.taxonomy.category_records.insert(name.get_ref().clone(), record);
        }
        for (name, p) in &raw.purposes {
            self.taxonomy.add_purpose(name.get_ref(), p.description.clone());
            let record = record(p.fides.as_ref(), &p.legal_basis, &p.retention, &mut self.errors);
            self.taxonomy.purpose_records.insert(name.get_ref().clone(), record);
        }
        for cat in raw.categories.values() {
            for p in cat.allowed_purposes.iter().flatten() {
                self.purpose(p);
            }
        }
        for d in &raw.deny {
            for c in &d.categories {
                self.category(c);
            }
            for p in &d.purposes {
                self.purpose(p);
            }
            if d.reason.get_ref().trim().is_empty() {
                self.errors.push(err("a [[deny]] rule needs a non-empty reason".into(), d.reason.span(), None));
            }
            self.taxonomy.denies.push(Deny {
                categories: d.categories.iter().map(|s| s.get_ref().clone()).collect(),
                purposes: d.purposes.iter().map(|s| s.get_ref().clone()).collect(),
                reason: d.reason.get_ref().clone(),
            });
        }
    }

    fn purpose(&mut self, p: &Spanned<String>) {
        if !self.taxonomy.has_purpose(p.get_ref()) {
            self.errors.push(err(
                format!("unknown purpose `{}`", p.get_ref()),
                p.span(),
                did_you_mean(p.get_ref(), self.taxonomy.purpose_names())
                    .or(Some(format!("declare it with a [purposes.\"{}\"] table", p.get_ref()))),
            ));
        }
    }

    fn category(&mut self, c: &Spanned<String>) {
        if !self.taxonomy.has_category(c.get_ref()) {
            self.errors.push(err(
                format!("unknown category `{}`", c.get_ref()),
                c.span(),
                did_you_mean(c.get_ref(), self.taxonomy.category_names())
                    .or(Some(format!("declare it with a [categories.\"{}\"] table", c.get_ref()))),
            ));
        }
    }

    /// A key that must be a Rust path (`crate_name::module::Item`).
    fn path(&mut self, k: &Spanned<String>) {
        let ok = k.get_ref().split("::").all(|s| {
            s.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
                && s.chars().all(|c| c.is_alphanumeric() || c == '_')
        });
        if !ok {
            self.errors.push(err(
                format!("`{}` is not a Rust path", k.get_ref()),
                k.span(),
                Some("write paths as `crate_name::module::Item` (use `_` for `-` in crate names)".into()),
            ));
        }
    }

    /// `[data]`: paths to a category.
    fn classify(&mut self, table: &BTreeMap<Spanned<String>, Spanned<String>>) -> Vec<PathEntry> {
        let mut out = Vec::new();
        for (k, c) in table {
            self.path(k);
            self.category(c);
            out.push(PathEntry { path: k.get_ref().clone(), names: vec![c.get_ref().clone()], span: k.span() });
        }
        out
    }

    /// A `[columns]` key (`table.column`, `table.*`, `schema.table.column`) or a
    /// `[tables]` key (`table`, `schema.table`).
    fn sql_name(&mut self, k: &Spanned<String>, column: bool) {
        let parts: Vec<&str> = k.get_ref().split('.').collect();
        let ident = |s: &str| {
            s.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
                && s.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '$')
        };
        let (min, max) = if column { (2, 3) } else { (1, 2) };
        let last = parts.len().saturating_sub(1);
        let ok = (min..=max).contains(&parts.len())
            && parts.iter().enumerate().all(|(i, p)| ident(p) || (column && i == last && *p == "*"));
        if !ok {
            let help = if column {
                "write `table.column`, `table.*` (every column) or `schema.table.column`"
            } else {
                "write `table` or `schema.table`"
            };
            let what = if column { "column" } else { "table" };
            self.errors.push(err(format!("`{}` is not a {what} name", k.get_ref()), k.span(), Some(help.into())));
        }
    }

    /// `[modules]` and `[functions]`: paths to a purpose or a list of purposes.
    fn purpose_table(&mut self, table: &BTreeMap<Spanned<String>, Spanned<toml::Value>>) -> Vec<PathEntry> {
        self.names_table(table, Validator::path)
    }

    /// Keys (checked with `key`) to a purpose or a list of purposes.
    fn names_table(
        &mut self,
        table: &BTreeMap<Spanned<String>, Spanned<toml::Value>>,
        key: impl Fn(&mut Self, &Spanned<String>),
    ) -> Vec<PathEntry> {
        let mut out = Vec::new();
        for (k, v) in table {
            key(self, k);
            let names: Vec<Spanned<String>> = match v.get_ref() {
                toml::Value::String(s) => vec![Spanned::new(v.span(), s.clone())],
                toml::Value::Array(a) if !a.is_empty() && a.iter().all(|x| x.is_str()) => {
                    a.iter().filter_map(|x| x.as_str()).map(|s| Spanned::new(v.span(), s.to_string())).collect()
                }
                _ => {
                    self.errors.push(err(
                        "expected a purpose name or a non-empty list of purpose names".into(),
                        v.span(),
                        Some("e.g. \"sales\" or [\"messaging\", \"safety\"]".into()),
                    ));
                    continue;
                }
            };
            for n in &names {
                self.purpose(n);
            }
            out.push(PathEntry {
                path: k.get_ref().clone(),
                names: names.into_iter().map(Spanned::into_inner).collect(),
                span: k.span(),
            });
        }
        out
    }

    /// A `[[consent]]` rule: declared names, at least one guard or opt-out, a reason.
    fn consent(&mut self, c: &RawConsent) -> ConsentEntry {
        for (list, what) in [(&c.categories, "category"), (&c.purposes, "purpose")] {
            if list.get_ref().is_empty() {
                self.errors.push(err(format!("a [[consent]] rule needs at least one {what}"), list.span(), None));
            }
        }
        for cat in c.categories.get_ref() {
            self.category(cat);
        }
        for p in c.purposes.get_ref() {
            self.purpose(p);
        }
        for path in c.guards.iter().chain(&c.opt_outs) {
            self.path(path);
        }
        if c.guards.is_empty() && c.opt_outs.is_empty() {
            self.errors.push(err(
                "a [[consent]] rule needs `guards` or `opt_outs`".into(),
                c.reason.span(),
                Some("guards: `bool` functions or fields that are true when the person agreed; opt_outs: true when they refused".into()),
            ));
        }
        if c.reason.get_ref().trim().is_empty() {
            self.errors.push(err("a [[consent]] rule needs a non-empty reason".into(), c.reason.span(), None));
        }
        let names = |v: &[Spanned<String>]| v.iter().map(|s| s.get_ref().clone()).collect();
        let paths = |v: &[Spanned<String>]| v.iter().map(|s| (s.get_ref().clone(), s.span())).collect();
        ConsentEntry {
            categories: names(c.categories.get_ref()),
            purposes: names(c.purposes.get_ref()),
            guards: paths(&c.guards),
            opt_outs: paths(&c.opt_outs),
            reason: c.reason.get_ref().clone(),
            span: c.reason.span(),
        }
    }

    /// `[lints]`: levels by lint name.
    fn levels(&mut self, lints: &BTreeMap<Spanned<String>, Spanned<String>>) -> HashMap<Lint, Level> {
        let mut levels = HashMap::default();
        for (k, v) in lints {
            let Some(lint) = Lint::from_name(k.get_ref()) else {
                self.errors.push(err(
                    format!("unknown lint `{}`", k.get_ref()),
                    k.span(),
                    did_you_mean(k.get_ref(), Lint::ALL.iter().map(|l| l.name())),
                ));
                continue;
            };
            if lint.level_is_fixed() {
                self.errors.push(err(format!("the level of `{lint}` cannot be changed"), k.span(), None));
                continue;
            }
            match Level::parse(v.get_ref()) {
                Some(level) => {
                    levels.insert(lint, level);
                }
                None => self.errors.push(err(
                    format!("unknown level `{}`", v.get_ref()),
                    v.span(),
                    Some("use \"allow\", \"warn\" or \"deny\"".into()),
                )),
            }
        }
        levels
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_point_at_the_offending_value() {
        let text = "[categories.chat]\nallowed_purposes = [\"mesaging\"]\n[purposes.messaging]\n";
        let errs = parse(text, "redline.toml").expect_err("unknown purpose");
        assert_eq!(errs.len(), 1);
        let span = errs[0].span.clone().expect("span");
        assert_eq!(&text[span], "\"mesaging\"");
        assert_eq!(errs[0].help.as_deref(), Some("did you mean `messaging`?"));
    }

    #[test]
    fn a_policy_can_live_in_cargo_toml() {
        let manifest = "[package]\nname = \"svc\"\n\n[package.metadata.redline.categories.chat]\n\
                        allowed_purposes = [\"mesaging\"]\n[package.metadata.redline.purposes.messaging]\n";
        assert_eq!(manifest_table(manifest), Some("package"));
        let errs = parse_manifest(manifest, "Cargo.toml").expect_err("unknown purpose");
        let span = errs[0].span.clone().expect("span");
        assert_eq!(&manifest[span], "\"mesaging\"", "spans point into the manifest");
        let fixed = manifest.replace("mesaging", "messaging");
        let config = parse_manifest(&fixed, "Cargo.toml").expect("valid");
        assert!(config.taxonomy.has_purpose("messaging"));
        // The workspace table wins over the package's.
        let both = format!("{fixed}[workspace.metadata.redline.purposes.sales]\n");
        assert_eq!(manifest_table(&both), Some("workspace"));
        let config = parse_manifest(&both, "Cargo.toml").expect("valid");
        assert!(config.taxonomy.has_purpose("sales") && !config.taxonomy.has_purpose("messaging"));
        assert_eq!(manifest_table("[package]\nname = \"svc\"\n[package.metadata.other]\nx = 1\n"), None);
        let typo = "[workspace.metadata.redline]\ncatgories = 1\n";
        assert!(parse_manifest(typo, "Cargo.toml").expect_err("unknown key")[0].message.contains("catgories"));
    }

    #[test]
    fn record_keys_and_columns_are_read() {
        let text = "[categories.chat]\nfides = \"user.content.private\"\nretention = \"30 days\"\n\
                    [purposes.sales]\nfides = \"sales\"\nlegal_basis = \"consent\"\n\
                    [columns]\n\"chats.body\" = \"chat\"\n";
        let config = parse(text, "redline.toml").expect("valid");
        let chat = &config.taxonomy.category_records["chat"];
        assert_eq!((chat.fides.as_deref(), chat.retention.as_deref()), (Some("user.content.private"), Some("30 days")));
        let sales = &config.taxonomy.purpose_records["sales"];
        assert_eq!((sales.fides.as_deref(), sales.legal_basis.as_deref()), (Some("sales"), Some("consent")));
        assert_eq!(config.columns[0].path, "chats.body");
        let bad = "[categories.chat]\nfides = \"user contact\"\n";
        let errs = parse(bad, "redline.toml").expect_err("not a Fides key");
        assert_eq!(&bad[errs[0].span.clone().expect("span")], "\"user contact\"");
    }

    #[test]
    fn consent_rules_are_checked() {
        let head = "[categories.\"contact.phone\"]\n[purposes.\"sales.calls\"]\n[[consent]]\n";
        let text = format!(
            "{head}categories = [\"contact\"]\npurposes = [\"sales\"]\nopt_outs = [\"a::M::dnc\"]\nreason = \"no\"\n"
        );
        let config = parse(&text, "redline.toml").expect("valid");
        assert_eq!(config.consent[0].opt_outs[0].0, "a::M::dnc");
        let text = format!("{head}categories = [\"contact.phnoe\"]\npurposes = [\"sales.call\"]\nreason = \" \"\n");
        let errs = parse(&text, "redline.toml").expect_err("invalid");
        let messages: Vec<&str> = errs.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "unknown category `contact.phnoe`",
                "unknown purpose `sales.call`",
                "a [[consent]] rule needs `guards` or `opt_outs`",
                "a [[consent]] rule needs a non-empty reason"
            ]
        );
        assert_eq!(errs[0].help.as_deref(), Some("did you mean `contact.phone`?"));
    }

    #[test]
    fn parents_of_dotted_keys_are_declared() {
        let text = "[categories.\"contact.email\"]\n[purposes.\"marketing.email\"]\n[[deny]]\ncategories = [\"contact\"]\npurposes = [\"marketing\"]\nreason = \"x\"\n";
        assert!(parse(text, "redline.toml").is_ok());
    }
}

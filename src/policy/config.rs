//! `redline.toml`: parsed with spans, so every error points at its line.

use super::taxonomy::{Deny, Taxonomy};
use crate::diag::{did_you_mean, Level, Lint};
use crate::syntax::check_name;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
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
    no_propagation: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCategory {
    #[serde(default)]
    description: Option<String>,
    allowed_purposes: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPurpose {
    #[serde(default)]
    description: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeny {
    categories: Vec<Spanned<String>>,
    purposes: Vec<Spanned<String>>,
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

#[derive(Debug)]
pub struct Config {
    pub taxonomy: Taxonomy,
    pub data: Vec<PathEntry>,
    pub modules: Vec<PathEntry>,
    pub functions: Vec<PathEntry>,
    /// `[columns]`: `table.column`, `table.*` or `schema.table.column` to a category.
    pub columns: Vec<PathEntry>,
    /// `[tables]`: `table` or `schema.table` to purposes.
    pub tables: Vec<PathEntry>,
    pub levels: HashMap<Lint, Level>,
    pub no_propagation: Vec<String>,
    /// The file as read, for code frames on findings that point into it.
    pub text: String,
    /// Its path relative to the workspace root (or as given).
    pub file: String,
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
    let mut data = Vec::new();
    for (k, c) in &raw.data {
        v.path(k);
        v.category(c);
        data.push(PathEntry { path: k.get_ref().clone(), names: vec![c.get_ref().clone()], span: k.span() });
    }
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
    if !v.errors.is_empty() {
        return Err(v.errors);
    }
    Ok(Config {
        taxonomy: v.taxonomy,
        data,
        modules,
        functions,
        columns,
        tables,
        levels,
        no_propagation: raw.flow.no_propagation,
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
        }
        for (name, p) in &raw.purposes {
            self.taxonomy.add_purpose(name.get_ref(), p.description.clone());
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

    /// `[lints]`: levels by lint name.
    fn levels(&mut self, lints: &BTreeMap<Spanned<String>, Spanned<String>>) -> HashMap<Lint, Level> {
        let mut levels = HashMap::new();
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
    fn parents_of_dotted_keys_are_declared() {
        let text = "[categories.\"contact.email\"]\n[purposes.\"marketing.email\"]\n[[deny]]\ncategories = [\"contact\"]\npurposes = [\"marketing\"]\nreason = \"x\"\n";
        assert!(parse(text, "redline.toml").is_ok());
    }
}

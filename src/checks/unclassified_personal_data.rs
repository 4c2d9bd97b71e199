//! `unclassified-personal-data`: struct fields, types, enums with data and diesel columns
//! whose names (or types) look like personal data, and that no annotation or policy entry
//! classifies. The patterns are data (`personal_data.toml`); [`suggestions`] is what
//! `redline discover` and `redline init --discover` print.

use super::Facts;
use crate::diag::{Finding, Lint, Span};
use crate::policy::{fides, Policy};
use crate::resolve::{DefId, DefKind, Program, Ty as ResolvedTy};
use crate::syntax::{Annotation, AnnotationAttr, Fields, SchemaItem, Ty};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

/// What a suggestion classifies, and so which table of redline.toml takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Subject {
    /// A struct field: `[data]`, `crate::module::Type::field`.
    Field,
    /// A struct, enum or type alias: `[data]`, `crate::module::Type`.
    Type,
    /// A diesel `table!` column: `[columns]`, `table.column` as the database names it.
    Column,
}

/// Something that looks like personal data and is not classified.
#[derive(Debug, Clone)]
pub struct Suggestion {
    pub subject: Subject,
    /// The key for redline.toml: a Rust path.
    pub path: String,
    /// In words: "field `User::phone`".
    pub what: String,
    pub file: String,
    pub span: Span,
    /// The name of the pattern that matched, and what in the name matched it.
    pub pattern: &'static str,
    pub matched: String,
    /// The Fides data category the pattern suggests.
    pub fides: &'static str,
    /// The category to write: the policy's category for that Fides key, else the key.
    pub category: String,
    /// Whether the policy declares `category` already.
    pub declared: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Patterns {
    /// Words that may follow what matched in a type's name.
    type_tails: Vec<String>,
    pattern: Vec<Pattern>,
    exclude: Vec<Exclude>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Pattern {
    name: String,
    fides: String,
    #[serde(default)]
    words: Vec<String>,
    #[serde(default)]
    with_context: Vec<String>,
    #[serde(default)]
    context: Vec<String>,
    #[serde(default)]
    types: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Exclude {
    name: String,
    #[serde(default)]
    last: Vec<String>,
    #[serde(default)]
    words: Vec<String>,
    #[serde(default)]
    types: Vec<String>,
    #[serde(default)]
    owner_last: Vec<String>,
    #[serde(default)]
    owner_words: Vec<String>,
    #[serde(default)]
    unless: Vec<String>,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        toml::from_str(include_str!("personal_data.toml"))
            .unwrap_or_else(|e| panic!("the embedded personal data patterns are invalid: {e}"))
    })
}

/// The lower-case words of an identifier: `homeAddress`, `home_address` and
/// `HomeAddress` are `home address`; `IPAddress` is `ip address`.
pub fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in name.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()) {
        let chars: Vec<char> = part.chars().collect();
        let mut word = String::new();
        for (i, &c) in chars.iter().enumerate() {
            let prev = i.checked_sub(1).map(|j| chars[j]);
            let next = chars.get(i + 1);
            let boundary = c.is_uppercase()
                && prev.is_some_and(|p| {
                    p.is_lowercase()
                        || p.is_ascii_digit()
                        || (p.is_uppercase() && next.is_some_and(|n| n.is_lowercase()))
                });
            if boundary && !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            word.extend(c.to_lowercase());
        }
        if !word.is_empty() {
            out.push(word);
        }
    }
    out
}

/// Where the words of `phrase` occur in `name`, as consecutive words.
fn find(name: &[String], phrase: &str) -> Option<(usize, usize)> {
    let p = words(phrase);
    if p.is_empty() || p.len() > name.len() {
        return None;
    }
    (0..=name.len() - p.len()).find(|&i| name[i..i + p.len()] == p[..]).map(|i| (i, i + p.len()))
}

/// A name to judge: its words, its owner's, the last segment of its type, and whether
/// it names a type (rather than a field, a variant or a column).
struct Name<'a> {
    words: Vec<String>,
    owner: Vec<String>,
    ty: Option<&'a str>,
    is_type: bool,
}

/// What in a name matched a pattern: in words, which words of the name (none for a match
/// on the type), and whether a context word (of the name or its owner) was needed.
struct Match {
    what: String,
    words: Option<(usize, usize)>,
    in_context: bool,
}

impl Pattern {
    /// What in the name matched, if the pattern does.
    fn matches(&self, n: &Name) -> Option<Match> {
        for w in &self.words {
            if let Some(at) = find(&n.words, w) {
                return Some(Match { what: format!("`{w}`"), words: Some(at), in_context: false });
            }
        }
        for w in &self.with_context {
            let Some((lo, hi)) = find(&n.words, w) else { continue };
            let rest: Vec<String> = n.words[..lo].iter().chain(&n.words[hi..]).cloned().collect();
            // The owner's name supports the word with another word (`body` in
            // `ChatMessage`), not by repeating it (`message` in `MessageOpt`, or in
            // `MessageList::messages`).
            let in_owner = |c: &String| stem(c) != stem(w) && find(&n.owner, c).is_some();
            let context = self.context.iter().find(|c| find(&rest, c).is_some() || in_owner(c));
            if let Some(c) = context {
                let what = format!("`{w}` with `{c}`");
                return Some(Match { what, words: Some((lo, hi)), in_context: true });
            }
        }
        let ty = n.ty?;
        let what = |t: &String| format!("type `{t}`");
        self.types.iter().find(|t| *t == ty).map(|t| Match { what: what(t), words: None, in_context: false })
    }
}

/// A word without a plural `s` (`messages` and `message` are one word).
fn stem(word: &str) -> &str {
    word.strip_suffix('s').unwrap_or(word)
}

impl Exclude {
    fn excludes(&self, n: &Name) -> bool {
        if self.unless.iter().any(|u| find(&n.words, u).is_some()) {
            return false;
        }
        let last = n.words.last().map(String::as_str);
        last.is_some_and(|l| self.last.iter().any(|x| x == l))
            || self.words.iter().any(|w| find(&n.words, w).is_some())
            || n.ty.is_some_and(|t| self.types.iter().any(|x| x == t))
            || n.owner.last().is_some_and(|o| self.owner_last.iter().any(|x| x == o))
            || self.owner_words.iter().any(|w| find(&n.owner, w).is_some())
    }
}

/// What the patterns say of a name.
enum Verdict {
    /// The first pattern that matches, with what matched.
    Personal(&'static Pattern, Match),
    /// A pattern matched, and this exclusion dropped it.
    Excluded(&'static str),
    None,
}

fn judge(n: &Name) -> Verdict {
    let p = patterns();
    // A type is what the end of its name says (`EmailTemplate` is a template): of the
    // patterns that match a type's name, the first that matches its end
    // (`MedicalDiagnosis` is a diagnosis with `medical`, not the word `medical`).
    let tail_ok = |hi: usize| n.words[hi..].iter().all(|w| p.type_tails.contains(w));
    let fits = |m: &Match| !n.is_type || m.words.is_none_or(|(_, hi)| tail_ok(hi));
    let found = p.pattern.iter().find_map(|pat| pat.matches(n).filter(|m| fits(m)).map(|m| (pat, m)));
    let Some((pattern, matched)) = found else {
        return Verdict::None;
    };
    match p.exclude.iter().find(|e| e.excludes(n)) {
        Some(e) => Verdict::Excluded(&e.name),
        None => Verdict::Personal(pattern, matched),
    }
}

/// What discovery found.
#[derive(Debug, Default)]
pub struct Discovery {
    pub suggestions: Vec<Suggestion>,
    /// Names a pattern matched that an exclusion dropped, by exclusion.
    pub excluded: BTreeMap<&'static str, usize>,
}

impl Discovery {
    /// The suggestion for a name, or a count of the exclusion that dropped it.
    fn judge(&mut self, n: &Name) -> Option<(&'static Pattern, String)> {
        self.judge_match(n).map(|(p, m)| (p, m.what))
    }

    /// [`Discovery::judge`], with how the name matched.
    fn judge_match(&mut self, n: &Name) -> Option<(&'static Pattern, Match)> {
        match judge(n) {
            Verdict::Personal(p, m) => Some((p, m)),
            Verdict::Excluded(e) => {
                *self.excluded.entry(e).or_default() += 1;
                None
            }
            Verdict::None => None,
        }
    }
}

/// The last segment of a type, looking through `Option`, `Vec`, `Box` and the like.
fn leaf(ty: &Ty) -> Option<&str> {
    const WRAPPERS: &[&str] = &["Option", "Vec", "Box", "Arc", "Rc", "Cow", "HashSet", "BTreeSet", "VecDeque"];
    match ty {
        Ty::Path(p) => {
            let last = p.segments.last()?;
            match p.args.first() {
                Some(inner) if WRAPPERS.contains(&last.as_str()) => leaf(inner),
                _ => Some(last),
            }
        }
        Ty::Ref { inner, .. } | Ty::Slice(inner) => leaf(inner),
        _ => None,
    }
}

/// The innermost type name of a diesel SQL type (`Nullable<Array<Text>>` → `Text`).
fn sql_leaf(sql_type: &str) -> Option<&str> {
    sql_type.split(|c: char| !c.is_alphanumeric() && c != '_').rfind(|s| !s.is_empty())
}

fn has_data_annotation(attrs: &[AnnotationAttr]) -> bool {
    attrs.iter().any(|a| matches!(a.args, Ok(Annotation::Data { .. })))
}

/// Everything that looks like personal data and is not classified, in definition order
/// (tables last).
pub fn discover(prog: &Program, policy: &Policy) -> Discovery {
    let mut d = Discovery::default();
    let mut covered = Covered { prog, policy, adts: HashMap::new() };
    let make =
        |subject, path: String, what: String, file: &str, span, (pattern, matched): (&'static Pattern, String)| {
            let category =
                fides::category_for(&policy.taxonomy, &pattern.fides).unwrap_or_else(|| pattern.fides.clone());
            let declared = policy.taxonomy.has_category(&category);
            Suggestion {
                subject,
                path,
                what,
                file: file.to_string(),
                span,
                pattern: &pattern.name,
                matched,
                fides: &pattern.fides,
                category,
                declared,
            }
        };
    for (id, def) in prog.defs.iter().enumerate() {
        let id = id as DefId;
        if policy.type_class.contains_key(&id) || has_data_annotation(&def.attrs) {
            continue;
        }
        let before = d.suggestions.len();
        if let DefKind::Adt { fields: Fields::Named(fields), is_enum: false, .. } = &def.kind {
            let owner = words(&def.name);
            for (i, f) in fields.iter().enumerate() {
                if covered.field(id, i) || has_data_annotation(&f.attrs.annotations) {
                    continue;
                }
                let n = Name { words: words(&f.name), owner: owner.clone(), ty: leaf(&f.ty), is_type: false };
                if let Some(m) = d.judge(&n) {
                    let what = format!("field `{}::{}`", def.name, f.name);
                    d.suggestions.push(make(
                        Subject::Field,
                        format!("{}::{}", def.path, f.name),
                        what,
                        &def.file,
                        f.span,
                        m,
                    ));
                }
            }
        }

        let holds = match &def.kind {
            DefKind::Alias { .. } => covered.ty(&prog.alias_target(id), 0),
            DefKind::Adt { .. } => covered.adt(id),
            _ => false,
        };
        if d.suggestions.len() > before || holds {
            continue;
        }
        if let Some((kind, m)) = type_match(&mut d, prog, id) {
            let what = format!("{kind} `{}`", def.name);
            d.suggestions.push(make(Subject::Type, def.path.clone(), what, &def.file, def.span, m));
        }
    }
    for def in &prog.defs {
        let schema = def.db.as_ref().and_then(|db| db.schema.as_ref());
        let Some(SchemaItem::Column { schema, table, name, sql_type }) = schema else { continue };
        if !policy.column_classes(schema.as_deref(), table, name).is_empty() {
            continue;
        }
        let n = Name { words: words(name), owner: words(table), ty: sql_leaf(sql_type), is_type: false };
        if let Some(m) = d.judge(&n) {
            let key = match schema {
                Some(s) => format!("{s}.{table}.{name}"),
                None => format!("{table}.{name}"),
            };
            let what = format!("column `{key}`");
            d.suggestions.push(make(Subject::Column, key, what, &def.file, def.span, m));
        }
    }
    d
}

/// A type whose name looks like personal data and that holds the data itself: a struct
/// with a field no exclusion drops, an alias, or an enum with a variant that carries data
/// of types from outside the workspace, by its name or by its variants'. By a variant's
/// name only when the enum's name supports it (`ConversationEvent::UserMessage`) or at
/// least half of the variants that carry data look like personal data (`Contact { Email(..),
/// Phone(..) }`): not a value type with one `EmailAddress` among forty kinds of value, nor
/// a command enum with an `AddEmail` among its commands.
fn type_match(d: &mut Discovery, prog: &Program, id: DefId) -> Option<(&'static str, (&'static Pattern, String))> {
    let def = prog.def(id);
    let own = Name { words: words(&def.name), owner: Vec::new(), ty: None, is_type: true };
    match &def.kind {
        DefKind::Adt { fields, is_enum: false, .. } => {
            let owner = words(&def.name);
            let holds = fields.iter().any(|f| {
                let n = Name { words: words(&f.name), owner: owner.clone(), ty: leaf(&f.ty), is_type: false };
                !patterns().exclude.iter().any(|e| e.excludes(&n))
            });
            if holds {
                Some(("type", d.judge(&own)?))
            } else {
                None
            }
        }
        DefKind::Alias { .. } => Some(("type alias", d.judge(&own)?)),
        DefKind::Adt { variants, is_enum: true, .. } => {
            // Variants are defined right after their enum.
            let own_data = |i: usize| {
                let fields = prog.fields.get(&(id + 1 + i as DefId)).map_or(&[][..], Vec::as_slice);
                !fields.is_empty() && !fields.iter().any(|(_, ty)| workspace_type(ty, 0))
            };
            if !(0..variants.len()).any(own_data) {
                return None;
            }
            if let Some(m) = d.judge(&own) {
                return Some(("enum", m));
            }
            let owner = words(&def.name);
            let carrying: Vec<&str> =
                variants.iter().enumerate().filter(|(i, _)| own_data(*i)).map(|(_, v)| v.name.as_str()).collect();
            let judged: Vec<_> = carrying
                .iter()
                .filter_map(|v| {
                    let n = Name { words: words(v), owner: owner.clone(), ty: None, is_type: false };
                    d.judge_match(&n).map(|(p, m)| (p, m.in_context, format!("{} (variant `{v}`)", m.what)))
                })
                .collect();
            let most = 2 * judged.len() >= carrying.len();
            let (p, _, what) = judged.into_iter().find(|(_, in_context, _)| most || *in_context)?;
            Some(("enum", (p, what)))
        }
        _ => None,
    }
}

/// Whether a type is, or holds, a type of the workspace (judged on its own).
fn workspace_type(ty: &ResolvedTy, depth: usize) -> bool {
    if depth > 8 {
        return false;
    }
    match ty {
        ResolvedTy::Adt(..) | ResolvedTy::Alias(..) => true,
        ResolvedTy::Field(_, _, inner) | ResolvedTy::Ref(inner) | ResolvedTy::Slice(inner) => {
            workspace_type(inner, depth + 1)
        }
        ResolvedTy::Tuple(ts) | ResolvedTy::Extern(_, ts) | ResolvedTy::Bounded(_, ts) => {
            ts.iter().any(|t| workspace_type(t, depth + 1))
        }
        _ => false,
    }
}

/// Which workspace types hold classified data: the type is classified, or one of its
/// fields is, or holds a type that does (memoised; a type being looked at counts as not).
struct Covered<'a> {
    prog: &'a Program,
    policy: &'a Policy,
    adts: HashMap<DefId, bool>,
}

impl Covered<'_> {
    /// The field is classified, or its type holds classified data.
    fn field(&mut self, owner: DefId, index: usize) -> bool {
        if self.policy.field_class.contains_key(&(owner, index as u32)) {
            return true;
        }
        let prog = self.prog;
        prog.fields.get(&owner).and_then(|fs| fs.get(index)).is_some_and(|(_, ty)| self.ty(ty, 0))
    }

    fn ty(&mut self, ty: &ResolvedTy, depth: usize) -> bool {
        let mut carried = Vec::new();
        self.policy.classes_of(ty, &mut carried);
        if !carried.is_empty() {
            return true;
        }
        if depth > 8 {
            return false;
        }
        match ty {
            ResolvedTy::Adt(d, args) => self.adt(*d) || args.iter().any(|a| self.ty(a, depth + 1)),
            ResolvedTy::Alias(_, inner) | ResolvedTy::Field(_, _, inner) => self.ty(inner, depth + 1),
            ResolvedTy::Ref(inner) | ResolvedTy::Slice(inner) => self.ty(inner, depth + 1),
            ResolvedTy::Tuple(ts) | ResolvedTy::Extern(_, ts) | ResolvedTy::Bounded(_, ts) => {
                ts.iter().any(|t| self.ty(t, depth + 1))
            }
            _ => false,
        }
    }

    /// A struct or enum (through its variants) with a field that is or holds classified data.
    fn adt(&mut self, d: DefId) -> bool {
        if let Some(&known) = self.adts.get(&d) {
            return known;
        }
        self.adts.insert(d, false);
        let prog = self.prog;
        let holders: Vec<DefId> = match &prog.def(d).kind {
            DefKind::Adt { is_enum: true, variants, .. } => (1..=variants.len() as DefId).map(|i| d + i).collect(),
            _ => vec![d],
        };
        let covered = self.policy.type_class.contains_key(&d)
            || holders.into_iter().any(|h| (0..prog.fields.get(&h).map_or(0, Vec::len)).any(|i| self.field(h, i)));
        self.adts.insert(d, covered);
        covered
    }
}

pub fn check(facts: &Facts) -> Vec<Finding> {
    discover(facts.prog, facts.policy).suggestions.iter().map(finding).collect()
}

/// The finding for a suggestion.
pub fn finding(s: &Suggestion) -> Finding {
    let message = format!(
        "{} looks like personal data and nothing classifies it (pattern `{}` matched {})",
        s.what, s.pattern, s.matched
    );
    let mut f = Finding::new(Lint::UnclassifiedPersonalData, s.file.clone(), Some(s.span), message);
    f.label = format!("looks like `{}` (Fides `{}`)", s.category, s.fides);
    let (table, how) = match s.subject {
        Subject::Column => ("columns", String::new()),
        Subject::Field => (
            "data",
            format!(
                "with `#[redline::data(\"{}\")]` on the field (and `#[redline::classified]` on its type), or ",
                s.category
            ),
        ),
        Subject::Type => ("data", format!("with `#[redline::data(\"{}\")]` on it, or ", s.category)),
    };
    f.help = Some(format!(
        "classify it {how}in redline.toml: [{table}] \"{}\" = \"{}\" (`redline discover` prints every suggestion \
         as TOML). If it is not personal data, say so with `// redline:allow(unclassified-personal-data) <why>`",
        s.path, s.category
    ));
    f.item = Some(s.path.clone());
    f.category = Some(s.category.clone());
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judged(name: &str, owner: &str, ty: Option<&str>) -> Option<&'static str> {
        match judge(&Name { words: words(name), owner: words(owner), ty, is_type: false }) {
            Verdict::Personal(p, _) => Some(p.fides.as_str()),
            _ => None,
        }
    }

    #[test]
    fn names_split_into_words() {
        assert_eq!(words("homeAddress"), ["home", "address"]);
        assert_eq!(words("IPAddress"), ["ip", "address"]);
        assert_eq!(words("date_of_birth"), ["date", "of", "birth"]);
        assert_eq!(words("PrivateMessage"), ["private", "message"]);
        assert_eq!(words("ipv4_addr"), ["ipv4", "addr"]);
    }

    #[test]
    fn patterns_and_exclusions() {
        assert_eq!(judged("email", "User", None), Some("user.contact.email"));
        assert_eq!(judged("email_address", "User", None), Some("user.contact.email"));
        assert_eq!(judged("home_address", "User", None), Some("user.contact.address"));
        assert_eq!(judged("content", "PrivateMessage", None), Some("user.content.private"));
        assert_eq!(judged("message", "ErrorResponse", None), None, "a message field alone is not content");
        assert_eq!(judged("message_body", "Message", None), Some("user.content.private"));
        assert_eq!(judged("remote", "Conn", Some("IpAddr")), Some("user.device.ip_address"));
        assert_eq!(judged("connection_addr", "ClientConnInfo", Some("SocketAddr")), Some("user.device.ip_address"));
        for (name, ty) in [
            ("retry_count", None),
            ("error_message", None),
            ("status", None),
            ("password_hash", None),
            ("email_verified", Some("bool")),
            ("email_id", None),
            ("max_age", None),
            ("days_min_password_age", None),
            ("replication_bindaddress", Some("SocketAddr")),
            ("listen_addr", Some("SocketAddr")),
        ] {
            assert_eq!(judged(name, "User", ty), None, "{name}");
        }
        assert_eq!(judged("device_id", "Session", None), Some("user.device.device_id"), "`unless` keeps it");
        assert_eq!(judged("body", "EmailTemplate", None), None, "templates are not personal data");
        assert_eq!(judged("preferred_username", "Group", None), None, "a group is not a person");
        let ty = |name: &str| match judge(&Name { words: words(name), owner: Vec::new(), ty: None, is_type: true }) {
            Verdict::Personal(p, _) => Some(p.fides.as_str()),
            _ => None,
        };
        assert_eq!(ty("ChatMessage"), Some("user.content.private"));
        assert_eq!(ty("EmailAddress"), Some("user.contact.email"));
        assert_eq!(ty("EmailTemplate"), None, "a type is what the end of its name says");
        assert_eq!(ty("PrivateMessageReport"), None);
        assert_eq!(ty("Transaction"), Some("user.financial"));
        assert_eq!(ty("BackendReadTransaction"), None, "a database transaction is not a payment");
        assert_eq!(ty("IdlSqliteWriteTransaction"), None);
    }

    #[test]
    fn every_pattern_names_a_fides_category() {
        for p in &patterns().pattern {
            assert!(fides::categories().contains_key(&p.fides), "{}: {}", p.name, p.fides);
        }
    }
}

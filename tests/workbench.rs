//! The privacy engineer's workbench (issue 11), run as a privacy engineer runs it:
//! `redline init` on an unannotated service, the discovery lint
//! `unclassified-personal-data` and `redline discover`, `redline map` in every format and
//! `redline audit` of the exceptions, on workspaces generated in temporary directories and
//! on a copy of `testdata/demo` (never on the checked-in tree: some of these commands write).
//!
//! Written from the issue and the documentation only. Where they do not name something
//! (a flag, a JSON field), the name is one of the constants below.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

// ---------------------------------------------------------------------------------------
// Assumed names: neither the issue nor docs/ spell these out.
// ---------------------------------------------------------------------------------------

/// `redline init [--force] [--discover]`, run from the workspace or a directory inside it.
const INIT: &str = "init";
const FORCE: &str = "--force";
const INIT_DISCOVER: &str = "--discover";
/// `redline discover`: prints ready-to-paste TOML on stdout.
const DISCOVER: &str = "discover";
/// The policy table that classifies diesel/sqlx columns, as `[data]` classifies fields.
const COLUMNS_TABLE: &str = "columns";
/// `redline map --format html|json|csv|dot|fides [--output FILE]`.
const MAP: &str = "map";
/// Top-level schema version of `map --format json`.
const MAP_VERSION: &str = "version";
/// Top-level list of categories in `map --format json` (an array of objects naming their
/// category with one of `CATEGORY_NAME_KEYS`, or an object keyed by category name).
const MAP_CATEGORIES: &str = "categories";
const CATEGORY_NAME_KEYS: &[&str] = &["name", "category", "key"];
/// In `map --format json`, a place a category reaches is an object with the purpose there
/// (a string, or a list of strings) and whether it is allowed (a bool). Its category is the
/// entry of `MAP_CATEGORIES` it is nested in, or its own `RECORD_CATEGORY_KEY` field.
const PURPOSE_KEY: &str = "purpose";
const RECORD_CATEGORY_KEY: &str = "category";
const ALLOWED_KEY: &str = "allowed";
/// Optional keys on `[categories.X]` / `[purposes.Y]` in redline.toml (named in the issue).
const FIDES_KEY: &str = "fides";
const LEGAL_BASIS_KEY: &str = "legal_basis";
const RETENTION_KEY: &str = "retention";
/// `redline audit [--baseline FILE] [--older-than 90d] [--format human|json|csv]`.
const AUDIT: &str = "audit";
const AUDIT_BASELINE: &str = "--baseline";
const OLDER_THAN: &str = "--older-than";
/// In `audit --format json`, the exceptions are the first array of objects (in document
/// order) in which an object has this key; an exception without a reason has it null,
/// empty or absent.
const REASON_KEY: &str = "reason";

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

fn redline(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_redline")).args(args).current_dir(dir).output().expect("run redline")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// Runs redline and asserts the exit code, showing everything it printed otherwise.
fn expect_code(dir: &Path, args: &[&str], codes: &[i32]) -> Output {
    let o = redline(dir, args);
    assert!(
        o.status.code().is_some_and(|c| codes.contains(&c)),
        "`redline {}` exited with {:?}, expected one of {codes:?}:\n{}",
        args.join(" "),
        o.status,
        text(&o)
    );
    o
}

/// A fresh temporary directory for one test.
fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("redline-workbench-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn write(dir: &Path, path: &str, content: &str) {
    let p = dir.join(path);
    std::fs::create_dir_all(p.parent().expect("parent")).expect("dirs");
    std::fs::write(p, content).expect("write");
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("dirs");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            if entry.file_name() != "target" {
                copy_dir(&entry.path(), &target);
            }
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// A copy of `testdata/<case>` in a fresh temporary directory.
fn testdata_copy(case: &str, name: &str) -> PathBuf {
    let dir = temp(name).join("ws");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata").join(case), &dir);
    dir
}

fn parse_toml(s: &str, what: &str) -> toml::Table {
    toml::from_str(s).unwrap_or_else(|e| panic!("{what} is not TOML: {e}\n{s}"))
}

fn table_keys(t: &toml::Table, name: &str) -> Vec<String> {
    t.get(name).and_then(toml::Value::as_table).map(|t| t.keys().cloned().collect()).unwrap_or_default()
}

/// `key` is declared by `names` (itself, or a descendant: declaring `a.b` declares `a`).
fn declares(names: &[String], key: &str) -> bool {
    names.iter().any(|n| n == key || n.starts_with(&format!("{key}.")))
}

/// `key` is `ancestor` or below it.
fn within(key: &str, ancestor: &str) -> bool {
    key == ancestor || key.starts_with(&format!("{ancestor}."))
}

/// An entry left commented out in a TOML file: `# "path" = "value"`, with the table
/// header (commented out or not) it stands under.
#[derive(Debug)]
struct Commented {
    section: String,
    key: String,
    values: Vec<String>,
    line: usize,
}

fn commented_entries(file: &str) -> Vec<Commented> {
    let mut section = String::new();
    let mut out = Vec::new();
    for (i, line) in file.lines().enumerate() {
        let trimmed = line.trim();
        let is_comment = trimmed.starts_with('#');
        let body = trimmed.trim_start_matches('#').trim();
        if body.starts_with('[') {
            if let Some(end) = body.find(']') {
                section = body[..end].trim_matches(|c| c == '[' || c == ']').trim().to_string();
            }
            continue;
        }
        if !is_comment {
            continue;
        }
        let Ok(t) = toml::from_str::<toml::Table>(body) else { continue };
        if t.len() != 1 {
            continue;
        }
        let (key, value) = t.iter().next().expect("one entry");
        let values: Vec<String> = match value {
            toml::Value::String(s) => vec![s.clone()],
            toml::Value::Array(items) => items.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
            _ => continue,
        };
        if values.is_empty() {
            continue;
        }
        out.push(Commented { section: section.clone(), key: key.clone(), values, line: i });
    }
    out
}

/// The last `::` segment of a Rust path, or the last `.` segment of a column name.
fn last_segment(key: &str) -> &str {
    key.rsplit([':', '.']).next().unwrap_or(key)
}

/// A minimal RFC 4180 reader: quoted cells, doubled quotes, CRLF, line breaks in quotes.
fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(!quoted, "unterminated quoted cell in CSV:\n{s}");
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

/// A CSV header cell in a comparable form: lower case, `_`, `-` and `/` as spaces.
fn norm(cell: &str) -> String {
    cell.trim().to_lowercase().replace(['_', '-', '/'], " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The index of the first header cell that satisfies `pred`.
fn column(header: &[String], what: &str, pred: impl Fn(&str) -> bool) -> usize {
    header.iter().position(|c| pred(&norm(c))).unwrap_or_else(|| panic!("no `{what}` column in the header {header:?}"))
}

/// Every string in a JSON value.
fn strings(v: &Value) -> Vec<&str> {
    let mut out = Vec::new();
    fn walk<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
        match v {
            Value::String(s) => out.push(s),
            Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            Value::Object(map) => map.values().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    walk(v, &mut out);
    out
}

fn mentions(v: &Value, needle: &str) -> bool {
    strings(v).iter().any(|s| s.contains(needle))
}

// ---------------------------------------------------------------------------------------
// Workspaces
// ---------------------------------------------------------------------------------------

/// An unannotated service with no policy: crates whose names say what they are for.
fn unannotated_service(name: &str) -> PathBuf {
    let dir = temp(name).join("ws");
    write(&dir, "Cargo.toml", "[workspace]\nmembers = [\"crates/*\"]\nresolver = \"2\"\n");
    for (krate, lib) in [
        ("web", "pub mod signup;\n"),
        ("marketing", "pub fn newsletter_subject(week: u32) -> String {\n    format!(\"Week {week} at Kindred\")\n}\n"),
        ("analytics", "pub fn daily_total(xs: &[u32]) -> u32 {\n    xs.iter().sum()\n}\n"),
        ("billing", "pub fn price_cents(months: u32) -> u32 {\n    months * 999\n}\n"),
    ] {
        write(
            &dir,
            &format!("crates/{krate}/Cargo.toml"),
            &format!("[package]\nname = \"{krate}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n"),
        );
        write(&dir, &format!("crates/{krate}/src/lib.rs"), lib);
    }
    write(
        &dir,
        "crates/web/src/signup.rs",
        "pub struct SignupForm {\n    pub email: String,\n    pub phone: String,\n    pub retry_count: u32,\n}\n",
    );
    dir
}

/// Personal-looking fields, look-alikes that are not personal, and fields that are
/// already classified (in code, and in redline.toml).
fn discovery_workspace(name: &str) -> PathBuf {
    let dir = temp(name).join("ws");
    write(&dir, "Cargo.toml", "[package]\nname = \"svc\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
    write(
        &dir,
        "redline.toml",
        r#"[categories."user.contact"]
description = "How to reach a user"
allowed_purposes = ["essential.service"]

[categories."user.contact.email"]
[categories."user.contact.phone_number"]

[purposes."essential.service"]
description = "Running the service"

[data]
"svc::legacy::Legacy::mobile_phone" = "user.contact.phone_number"
"#,
    );
    write(
        &dir,
        "src/lib.rs",
        "pub mod accounts;\npub mod activity;\npub mod legacy;\npub mod messages;\npub mod net;\npub mod users;\n",
    );
    write(
        &dir,
        "src/users.rs",
        "pub struct User {\n    pub id: u64,\n    pub phone: String,\n    pub email: String,\n    \
         pub home_address: String,\n    pub date_of_birth: String,\n    pub status: String,\n    \
         pub password_hash: String,\n}\n",
    );
    write(
        &dir,
        "src/net.rs",
        "pub struct RequestLog {\n    pub id: u64,\n    pub ip_address: String,\n    pub user_agent: String,\n    \
         pub retry_count: u32,\n    pub error_message: String,\n}\n",
    );
    write(
        &dir,
        "src/messages.rs",
        "pub struct Message {\n    pub id: u64,\n    pub message_body: String,\n    pub status: String,\n}\n\n\
         pub struct ChatLine {\n    pub chat_text: String,\n    pub retry_count: u32,\n}\n",
    );
    write(
        &dir,
        "src/activity.rs",
        "pub struct Activity {\n    pub viewed_profiles: Vec<u64>,\n    pub visit_history: Vec<String>,\n}\n",
    );
    write(
        &dir,
        "src/accounts.rs",
        "#[redline::classified]\npub struct Account {\n    pub id: u64,\n    \
         #[redline::data(\"user.contact.email\")]\n    pub email: String,\n}\n",
    );
    write(&dir, "src/legacy.rs", "pub struct Legacy {\n    pub mobile_phone: String,\n}\n");
    dir
}

/// (field as `Type::field`, the Fides key its suggestion must name, or a prefix of it).
const PERSONAL_FIELDS: &[(&str, &str)] = &[
    ("User::phone", "user.contact.phone_number"),
    ("User::email", "user.contact.email"),
    ("User::home_address", "user.contact.address"),
    ("User::date_of_birth", "user.demographic.date_of_birth"),
    ("RequestLog::ip_address", "user.device.ip_address"),
    ("RequestLog::user_agent", "user.device"),
    ("Message::message_body", "user.content"),
    ("ChatLine::chat_text", "user.content"),
    ("Activity::viewed_profiles", "user.behavior"),
    ("Activity::visit_history", "user.behavior"),
];

/// Not personal data, though they sit next to it.
const LOOK_ALIKES: &[&str] = &["id", "status", "retry_count", "error_message", "password_hash"];

/// Classified already: in code (`#[redline::data]`) and in redline.toml (`[data]`).
const CLASSIFIED_FIELDS: &[&str] = &["Account::email", "Legacy::mobile_phone"];

/// A small service with a diesel schema.
fn diesel_workspace(name: &str) -> PathBuf {
    let dir = temp(name).join("ws");
    write(
        &dir,
        "Cargo.toml",
        "[package]\nname = \"shop\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\ndiesel = \"2\"\n",
    );
    write(
        &dir,
        "redline.toml",
        "[categories.\"user.contact\"]\nallowed_purposes = [\"essential.service\"]\n\n[purposes.\"essential.service\"]\n",
    );
    write(&dir, "src/lib.rs", "pub mod schema;\n");
    write(
        &dir,
        "src/schema.rs",
        "diesel::table! {\n    customers (id) {\n        id -> Int4,\n        email -> Text,\n        \
         phone -> Nullable<Text>,\n        retry_count -> Int4,\n    }\n}\n",
    );
    dir
}

/// A clean service whose policy carries what a record of processing activities needs:
/// Fides keys, legal bases and retention periods, and a `[functions]` sink in a
/// dependency (a third party).
fn ropa_workspace(name: &str) -> PathBuf {
    let dir = temp(name).join("ws");
    write(
        &dir,
        "Cargo.toml",
        "[package]\nname = \"ropa\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\noutsourced_crm = \"1\"\n",
    );
    write(
        &dir,
        "redline.toml",
        &format!(
            r#"[categories."contact.email"]
description = "E-mail address"
allowed_purposes = ["account", "newsletter"]
{FIDES_KEY} = "user.contact.email"
{RETENTION_KEY} = "until the account is closed"

[categories."contact.phone"]
description = "Phone number"
allowed_purposes = ["account", "sales"]
{FIDES_KEY} = "user.contact.phone_number"
{RETENTION_KEY} = "24 months"

[purposes.account]
description = "Running the member's account"
{FIDES_KEY} = "essential.service"
{LEGAL_BASIS_KEY} = "contract"

[purposes.newsletter]
description = "The weekly newsletter"
{FIDES_KEY} = "marketing.communications.email"
{LEGAL_BASIS_KEY} = "consent"

[purposes.sales]
description = "Calling members about upgrades"
{FIDES_KEY} = "sales"
{LEGAL_BASIS_KEY} = "legitimate_interests"

[functions]
"outsourced_crm::upload_lead" = "sales"
"#
        ),
    );
    write(&dir, "src/lib.rs", "pub mod accounts;\npub mod export;\npub mod newsletter;\npub mod sales;\n");
    write(
        &dir,
        "src/accounts.rs",
        r#"redline::module_purpose!("account");

#[redline::classified]
pub struct Account {
    pub id: u64,
    #[redline::data("contact.email")]
    pub email: String,
    #[redline::data("contact.phone")]
    pub phone: String,
}

pub fn login_link(a: &Account) -> String {
    format!("mailto:{}?subject=sign-in&to={}", a.email, a.phone)
}
"#,
    );
    write(
        &dir,
        "src/newsletter.rs",
        "redline::module_purpose!(\"newsletter\");\n\nuse crate::accounts::Account;\n\n\
         pub fn recipient(a: &Account) -> String {\n    a.email.clone()\n}\n",
    );
    write(
        &dir,
        "src/sales.rs",
        "redline::module_purpose!(\"sales\");\n\nuse crate::accounts::Account;\n\n\
         pub fn call_list(accounts: &[Account]) -> Vec<String> {\n    accounts.iter().map(|a| a.phone.clone()).collect()\n}\n",
    );
    write(
        &dir,
        "src/export.rs",
        "use crate::accounts::Account;\n\npub fn push(a: &Account) -> u32 {\n    outsourced_crm::upload_lead(&a.phone)\n}\n",
    );
    dir
}

// ---------------------------------------------------------------------------------------
// redline init
// ---------------------------------------------------------------------------------------

/// The roots of the Fides data-use taxonomy (shared/reference/fides-taxonomy.md).
const FIDES_USE_ROOTS: &[&str] = &[
    "analytics",
    "collect",
    "employment",
    "essential",
    "finance",
    "functional",
    "marketing",
    "operations",
    "personalize",
    "sales",
    "third_party_sharing",
    "train_ai_system",
];

#[test]
fn init_writes_a_commented_fides_starter_policy_at_the_workspace_root() {
    let ws = unannotated_service("init-root");
    // Run from inside a member: the policy goes to the workspace root.
    let o = expect_code(&ws.join("crates/web"), &[INIT], &[0]);
    assert!(!ws.join("crates/web/redline.toml").exists(), "written into the member, not the root:\n{}", text(&o));
    let written = read(&ws.join("redline.toml"));
    let comments = written.lines().filter(|l| l.trim_start().starts_with('#')).count();
    assert!(comments >= 5, "a starter policy explains itself in comments ({comments} comment lines):\n{written}");

    let policy = parse_toml(&written, "the starter redline.toml");
    let categories = table_keys(&policy, "categories");
    let purposes = table_keys(&policy, "purposes");
    assert!(!categories.is_empty() && !purposes.is_empty(), "categories and purposes are declared:\n{written}");
    for c in &categories {
        assert!(
            within(c, "user") || within(c, "system"),
            "category `{c}` is not a Fides data category key:\n{written}"
        );
    }
    for p in &purposes {
        assert!(
            FIDES_USE_ROOTS.iter().any(|root| within(p, root)),
            "purpose `{p}` is not a Fides data use key:\n{written}"
        );
    }
    for key in ["user.content.private", "user.behavior", "sales", "marketing"] {
        let names = if key.starts_with("user") { &categories } else { &purposes };
        assert!(declares(names, key), "`{key}` is not declared:\n{written}");
    }

    // The classic rule: private content and browsing behaviour are never for sales or marketing.
    let deny = policy.get("deny").and_then(toml::Value::as_array).cloned().unwrap_or_default();
    let list = |rule: &toml::Value, key: &str| -> Vec<String> {
        rule.get(key)
            .and_then(toml::Value::as_array)
            .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
            .unwrap_or_default()
    };
    let classic = deny.iter().any(|rule| {
        let cats = list(rule, "categories");
        let uses = list(rule, "purposes");
        let covers = |names: &[String], key: &str| names.iter().any(|n| within(key, n));
        let reason = rule.get("reason").and_then(toml::Value::as_str).unwrap_or("");
        cats.iter().any(|c| c == "user.content.private")
            && cats.iter().any(|c| c == "user.behavior" || within(c, "user.behavior.browsing_history"))
            && !cats.iter().any(|c| c == "user" || c == "user.content")
            && covers(&uses, "sales")
            && covers(&uses, "marketing.advertising")
            && covers(&uses, "marketing.communications")
            && !reason.trim().is_empty()
    });
    assert!(classic, "no [[deny]] of private content and browsing for sales and marketing:\n{written}");

    // Guesses are for review: nothing assigns a module purpose until someone uncomments it.
    assert!(table_keys(&policy, "modules").is_empty(), "module purposes must be left commented:\n{written}");

    // The file passes `redline check` as written, and check leaves it alone.
    expect_code(&ws, &["check"], &[0, 1]);
    assert_eq!(read(&ws.join("redline.toml")), written, "check must not change the policy");
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

#[test]
fn init_refuses_to_overwrite_a_policy_unless_forced() {
    let ws = unannotated_service("init-force");
    let mine = "# ours, hand-written\n[categories.\"user.contact\"]\n[purposes.\"essential.service\"]\n";
    write(&ws, "redline.toml", mine);
    let o = redline(&ws, &[INIT]);
    assert!(!o.status.success(), "init overwrote an existing policy:\n{}", text(&o));
    assert!(!text(&o).trim().is_empty(), "a refusal says why");
    assert_eq!(read(&ws.join("redline.toml")), mine, "the existing policy must be left as it was");

    expect_code(&ws, &[INIT, FORCE], &[0]);
    let forced = read(&ws.join("redline.toml"));
    assert_ne!(forced, mine, "--force writes the starter policy");
    assert!(forced.contains("[[deny]]"), "{forced}");
    expect_code(&ws, &["check"], &[0, 1]);
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

#[test]
fn init_guesses_module_purposes_from_crate_names_in_comments() {
    let ws = unannotated_service("init-guess");
    expect_code(&ws, &[INIT], &[0]);
    let written = read(&ws.join("redline.toml"));
    let policy = parse_toml(&written, "the starter redline.toml");
    let purposes = table_keys(&policy, "purposes");
    let guesses: Vec<Commented> = commented_entries(&written).into_iter().filter(|e| e.section == "modules").collect();
    for (krate, use_root) in [("marketing", "marketing"), ("analytics", "analytics")] {
        let guess = guesses
            .iter()
            .find(|g| g.key == krate || g.key.starts_with(&format!("{krate}::")))
            .unwrap_or_else(|| panic!("no commented [modules] guess for the `{krate}` crate:\n{written}"));
        for value in &guess.values {
            assert!(within(value, use_root), "`{krate}` guessed as `{value}`:\n{written}");
            assert!(
                declares(&purposes, value),
                "the guess `{value}` is not declared, uncommenting it fails:\n{written}"
            );
        }
    }
    assert!(table_keys(&policy, "modules").is_empty(), "guesses must be left commented:\n{written}");
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

#[test]
fn init_on_the_demo_writes_a_policy_that_check_accepts() {
    let ws = testdata_copy("demo", "init-demo");
    std::fs::remove_file(ws.join("redline.toml")).expect("remove the demo's policy");
    expect_code(&ws, &[INIT], &[0]);
    let written = read(&ws.join("redline.toml"));
    // The demo's code names categories the starter does not declare: findings, never a bad policy.
    expect_code(&ws, &["check"], &[0, 1]);
    assert_eq!(read(&ws.join("redline.toml")), written);
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

#[test]
fn init_discover_adds_the_discovery_results_as_commented_data_entries() {
    let ws = discovery_workspace("init-discover");
    std::fs::remove_file(ws.join("redline.toml")).expect("start without a policy");
    expect_code(&ws, &[INIT, INIT_DISCOVER], &[0]);
    let written = read(&ws.join("redline.toml"));
    let policy = parse_toml(&written, "the starter redline.toml");
    let entries = commented_entries(&written);
    let data: Vec<&Commented> = entries.iter().filter(|e| e.section == "data").collect();
    for (field, _) in PERSONAL_FIELDS {
        assert!(
            data.iter().any(|e| e.key.ends_with(&format!("::{field}"))),
            "no commented [data] entry for `{field}`:\n{written}"
        );
    }
    let uncommented = table_keys(&policy, "data");
    for e in &data {
        assert!(!LOOK_ALIKES.contains(&last_segment(&e.key)), "`{}` is not personal data:\n{written}", e.key);
        assert!(!e.key.ends_with("Account::email"), "`Account::email` is classified in code:\n{written}");
        assert!(!uncommented.contains(&e.key), "line {}: suggestions must stay commented:\n{written}", e.line + 1);
    }
    expect_code(&ws, &["check"], &[0, 1]);
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

// ---------------------------------------------------------------------------------------
// Discovery
// ---------------------------------------------------------------------------------------

/// The two ways a suggestion can be explained: its line with the comment lines right
/// above it, or its line with the comment lines right below it.
fn suggestion_blocks(out: &str, key: &str) -> [String; 2] {
    let lines: Vec<&str> = out.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.trim().trim_start_matches('#').trim().starts_with(&format!("\"{key}\"")))
        .unwrap_or_else(|| panic!("no line for `{key}` in:\n{out}"));
    let is_comment = |l: &str| l.trim_start().starts_with('#');
    let mut start = at;
    while start > 0 && is_comment(lines[start - 1]) {
        start -= 1;
    }
    let mut end = at + 1;
    while end < lines.len() && is_comment(lines[end]) {
        end += 1;
    }
    [lines[start..=at].join("\n"), lines[at..end].join("\n")]
}

#[test]
fn discover_suggests_a_category_for_each_personal_field_and_says_why() {
    let ws = discovery_workspace("discover");
    let o = expect_code(&ws, &[DISCOVER], &[0]);
    let out = stdout(&o);
    let toml = parse_toml(&out, "`redline discover` output (ready-to-paste TOML)");
    let data = toml.get("data").and_then(toml::Value::as_table).unwrap_or_else(|| panic!("no [data] table:\n{out}"));
    let suggested: Vec<String> = data.keys().cloned().collect();
    let commented: Vec<String> = commented_entries(&out).into_iter().map(|e| e.key).collect();

    for (field, fides) in PERSONAL_FIELDS {
        let key = suggested
            .iter()
            .find(|k| k.ends_with(&format!("::{field}")))
            .unwrap_or_else(|| panic!("no suggestion for `{field}`:\n{out}"));
        assert!(key.starts_with("svc::"), "`{key}` is not a path redline.toml's [data] takes:\n{out}");
        assert!(
            data.get(key).and_then(toml::Value::as_str).is_some_and(|c| !c.is_empty()),
            "`{key}` gets a category:\n{out}"
        );
        let blocks = suggestion_blocks(&out, key);
        let explained = |b: &String| {
            let lower = b.to_lowercase();
            b.contains(fides) && (lower.contains("pattern") || lower.contains("match"))
        };
        assert!(
            blocks.iter().any(explained),
            "the suggestion for `{field}` should name the Fides key `{fides}` and say which pattern matched:\n{}",
            blocks.join("\n--- or ---\n")
        );
    }
    for key in suggested.iter().chain(&commented) {
        assert!(!LOOK_ALIKES.contains(&last_segment(key)), "`{key}` is not personal data:\n{out}");
        for classified in CLASSIFIED_FIELDS {
            assert!(!key.ends_with(classified), "`{key}` is classified already:\n{out}");
        }
    }
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

#[test]
fn discover_covers_diesel_columns() {
    let ws = diesel_workspace("discover-diesel");
    let o = expect_code(&ws, &[DISCOVER], &[0]);
    let out = stdout(&o);
    let toml = parse_toml(&out, "`redline discover` output (ready-to-paste TOML)");
    let columns = table_keys(&toml, COLUMNS_TABLE);
    for name in ["email", "phone"] {
        assert!(
            columns.iter().any(|k| last_segment(k) == name && k.contains("customers")),
            "no [{COLUMNS_TABLE}] suggestion for customers.{name}:\n{out}"
        );
    }
    for k in &columns {
        assert!(!LOOK_ALIKES.contains(&last_segment(k)), "`{k}` is not personal data:\n{out}");
    }

    // `init --discover` puts the same suggestions in the starter policy, commented.
    std::fs::remove_file(ws.join("redline.toml")).expect("start without a policy");
    expect_code(&ws, &[INIT, INIT_DISCOVER], &[0]);
    let written = read(&ws.join("redline.toml"));
    let entries = commented_entries(&written);
    for name in ["email", "phone"] {
        assert!(
            entries.iter().any(|e| e.section == COLUMNS_TABLE && last_segment(&e.key) == name),
            "no commented [{COLUMNS_TABLE}] entry for customers.{name}:\n{written}"
        );
    }
    expect_code(&ws, &["check"], &[0, 1]);
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

#[test]
fn unclassified_personal_data_is_allowed_by_default_and_reported_when_asked() {
    let ws = discovery_workspace("discover-lint");
    let lint = "unclassified-personal-data";
    let findings = |args: &[&str]| -> Vec<Value> {
        let mut all = vec!["check", "--format", "json"];
        all.extend_from_slice(args);
        let o = expect_code(&ws, &all, &[0]);
        let doc: Value = serde_json::from_slice(&o.stdout).expect("JSON report");
        doc["findings"].as_array().cloned().unwrap_or_default().into_iter().filter(|f| f["lint"] == lint).collect()
    };
    assert!(findings(&[]).is_empty(), "`{lint}` is `allow` by default");

    let warned = findings(&["-W", lint]);
    let messages: Vec<String> = warned.iter().map(|f| f["message"].as_str().unwrap_or("").to_string()).collect();
    for f in &warned {
        assert_eq!(f["level"], "warning", "{f}");
    }
    let about = |field: &str| {
        let (ty, name) = field.split_once("::").expect("Type::field");
        messages.iter().any(|m| m.contains(ty) && m.contains(name))
    };
    for (field, _) in PERSONAL_FIELDS {
        assert!(about(field), "no warning about `{field}`: {messages:#?}");
    }
    for field in CLASSIFIED_FIELDS {
        assert!(!about(field), "`{field}` is classified already: {messages:#?}");
    }
    for name in ["retry_count", "error_message", "password_hash"] {
        assert!(!messages.iter().any(|m| m.contains(name)), "`{name}` should not be reported: {messages:#?}");
    }

    let o = expect_code(&ws, &["explain", lint], &[0]);
    assert!(text(&o).contains("allow"), "explain gives the default level:\n{}", text(&o));
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

// ---------------------------------------------------------------------------------------
// redline map
// ---------------------------------------------------------------------------------------

/// The demo's violations (testdata/demo/README.md): category, purpose, and the function
/// the map should name for it (either one, for the two reported at a call in `api::main`).
const DEMO_VIOLATIONS: &[(&str, &str, &[&str])] = &[
    ("chat", "sales", &["crm::pitch::PitchDesk::prepare_pitch"]),
    ("browsing", "sales", &["crm::pitch::PitchDesk::prepare_pitch"]),
    ("contact.email", "sales", &["crm::leads::LeadPool::enrich_with_email"]),
    ("consent", "sales", &["crm::leads::LeadPool::win_back"]),
    ("chat", "sales", &["crm::scoring::rank_leads"]),
    ("browsing", "sales", &["analytics::feeds::nightly_lead_feed"]),
    ("browsing", "marketing.email", &["marketing::retarget::viewed_you_campaign"]),
    ("sensitive.orientation", "marketing.email", &["marketing::segments::pride_segment"]),
    ("chat", "trust_and_safety", &["safety::evidence::draft_annex"]),
    ("consent", "sales", &["api::main", "crm::scoring::rank_leads"]),
    ("browsing", "sales", &["api::main", "crm::pitch::PitchDesk::prepare_pitch"]),
];

/// Flows of the demo that its policy allows (README: deliberate near-misses).
const DEMO_ALLOWED: &[(&str, &str, &str)] = &[
    ("browsing", "matching", "matching::"),
    ("chat", "messaging", "chat::"),
    ("contact.email", "marketing.email", "marketing::campaigns"),
];

/// Every object that says a purpose and whether it is allowed, with its category.
fn flow_records(doc: &Value) -> Vec<(String, &Value)> {
    fn walk<'a>(v: &'a Value, category: Option<&str>, out: &mut Vec<(String, &'a Value)>) {
        match v {
            Value::Array(items) => items.iter().for_each(|i| walk(i, category, out)),
            Value::Object(map) => {
                let own = map.get(RECORD_CATEGORY_KEY).and_then(Value::as_str).or(category);
                if let (Some(c), true, Some(Value::Bool(_))) =
                    (own, map.contains_key(PURPOSE_KEY), map.get(ALLOWED_KEY))
                {
                    out.push((c.to_string(), v));
                }
                for (key, child) in map {
                    match (key == MAP_CATEGORIES, child) {
                        (true, Value::Object(by_name)) => {
                            by_name.iter().for_each(|(name, entry)| walk(entry, Some(name), out));
                        }
                        (true, Value::Array(entries)) => {
                            for e in entries {
                                let name = CATEGORY_NAME_KEYS.iter().find_map(|k| e.get(*k).and_then(Value::as_str));
                                walk(e, name.or(own), out);
                            }
                        }
                        _ => walk(child, own, out),
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(doc, None, &mut out);
    out
}

fn purpose_is(record: &Value, purpose: &str) -> bool {
    match &record[PURPOSE_KEY] {
        Value::String(p) => p == purpose,
        Value::Array(ps) => ps.iter().any(|p| p == purpose || p.get("name").is_some_and(|n| n == purpose)),
        Value::Object(_) => record[PURPOSE_KEY].get("name").is_some_and(|n| n == purpose),
        _ => false,
    }
}

/// The entry of `MAP_CATEGORIES` for one category.
fn category_entry<'a>(doc: &'a Value, name: &str) -> &'a Value {
    let found = match &doc[MAP_CATEGORIES] {
        Value::Object(by_name) => by_name.get(name),
        Value::Array(entries) => {
            entries.iter().find(|e| CATEGORY_NAME_KEYS.iter().any(|k| e.get(*k) == Some(&Value::from(name))))
        }
        _ => None,
    };
    found.unwrap_or_else(|| panic!("no `{name}` under `{MAP_CATEGORIES}` in the map:\n{doc:#}"))
}

fn demo_map(name: &str, format: &str) -> (PathBuf, Output) {
    let ws = testdata_copy("demo", name);
    let o = expect_code(&ws, &[MAP, "--format", format], &[0]);
    (ws, o)
}

#[test]
fn map_json_lists_where_each_category_goes_and_whether_that_is_allowed() {
    let (ws, o) = demo_map("map-json", "json");
    let doc: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", stdout(&o)));
    assert!(doc[MAP_VERSION].as_u64().is_some_and(|v| v >= 1), "no schema `{MAP_VERSION}`:\n{doc:#}");

    let records = flow_records(&doc);
    assert!(!records.is_empty(), "no object with `{PURPOSE_KEY}` and a boolean `{ALLOWED_KEY}`:\n{doc:#}");
    let find = |category: &str, purpose: &str, allowed: bool, function: &str| {
        records
            .iter()
            .any(|(c, r)| c == category && purpose_is(r, purpose) && r[ALLOWED_KEY] == allowed && mentions(r, function))
    };
    for (category, purpose, functions) in DEMO_VIOLATIONS {
        assert!(
            functions.iter().any(|f| find(category, purpose, false, f)),
            "the map does not show `{category}` reaching {functions:?} for `{purpose}` as not allowed"
        );
    }
    for (category, purpose, function) in DEMO_ALLOWED {
        assert!(
            find(category, purpose, true, function),
            "the map does not show `{category}` reaching `{function}...` for `{purpose}` as allowed"
        );
    }
    // The [[deny]] rule forbids these pairs everywhere.
    for category in ["chat", "browsing"] {
        for purpose in ["sales", "marketing.email"] {
            assert!(
                !records.iter().any(|(c, r)| c == category && purpose_is(r, purpose) && r[ALLOWED_KEY] == true),
                "`{category}` for `{purpose}` shown as allowed"
            );
        }
    }
    // Functions and modules it reaches, and the declassification on the way.
    let chat = category_entry(&doc, "chat");
    assert!(mentions(chat, "crm::pitch::PitchDesk::prepare_pitch"), "{chat:#}");
    assert!(strings(chat).iter().any(|s| *s == "crm" || *s == "crm::pitch"), "no module for chat:\n{chat:#}");
    assert!(mentions(&doc, "weekly_view_count"), "the declassification of browsing is not on the map:\n{doc:#}");
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

#[test]
fn map_json_names_the_sinks_a_category_reaches() {
    let ws = ropa_workspace("map-sinks");
    let o = expect_code(&ws, &[MAP, "--format", "json"], &[0]);
    let doc: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", stdout(&o)));
    let phone = category_entry(&doc, "contact.phone");
    assert!(mentions(phone, "outsourced_crm::upload_lead"), "the [functions] sink is not on the map:\n{phone:#}");
    let records = flow_records(&doc);
    assert!(
        records.iter().any(|(c, r)| c == "contact.phone"
            && purpose_is(r, "sales")
            && r[ALLOWED_KEY] == true
            && mentions(r, "outsourced_crm::upload_lead")),
        "`contact.phone` into the sales sink, allowed:\n{doc:#}"
    );
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

const CSV_COLUMNS: &[&str] = &[
    "category",
    "Fides key",
    "purpose",
    "Fides data use",
    "modules",
    "sinks/third parties",
    "legal basis",
    "retention",
];

/// Column indexes in the order of `CSV_COLUMNS`.
fn ropa_columns(header: &[String]) -> Vec<usize> {
    vec![
        column(header, "category", |c| c == "category"),
        column(header, "Fides key", |c| c.contains("fides") && !c.contains("use")),
        column(header, "purpose", |c| c == "purpose"),
        column(header, "Fides data use", |c| c.contains("data use")),
        column(header, "modules", |c| c.contains("module")),
        column(header, "sinks/third parties", |c| c.contains("sink") || c.contains("third part")),
        column(header, "legal basis", |c| c.contains("legal basis")),
        column(header, "retention", |c| c.contains("retention")),
    ]
}

#[test]
fn map_csv_is_a_record_of_processing_activities() {
    let (ws, o) = demo_map("map-csv", "csv");
    let out = stdout(&o);
    let rows = parse_csv(&out);
    assert!(rows.len() > 1, "a header and rows:\n{out}");
    let header = &rows[0];
    let cols = ropa_columns(header);
    assert_eq!(cols.len(), CSV_COLUMNS.len());
    let mut pairs = Vec::new();
    for row in &rows[1..] {
        assert_eq!(row.len(), header.len(), "every row has the header's columns: {row:?}");
        let pair = (row[cols[0]].clone(), row[cols[2]].clone());
        assert!(!pairs.contains(&pair), "one row per category × purpose; {pair:?} twice:\n{out}");
        pairs.push(pair);
    }
    for (category, purpose) in [
        ("chat", "sales"),
        ("chat", "messaging"),
        ("browsing", "matching"),
        ("contact.email", "marketing.email"),
        ("consent", "compliance"),
        ("sensitive.orientation", "marketing.email"),
    ] {
        assert!(pairs.contains(&(category.into(), purpose.into())), "no row for {category} × {purpose}:\n{out}");
    }
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

#[test]
fn map_csv_takes_fides_keys_legal_basis_and_retention_from_the_policy() {
    let ws = ropa_workspace("map-csv-ropa");
    let o = expect_code(&ws, &[MAP, "--format", "csv"], &[0]);
    let out = stdout(&o);
    let rows = parse_csv(&out);
    let cols = ropa_columns(&rows[0]);
    let row = |category: &str, purpose: &str| -> &Vec<String> {
        rows[1..]
            .iter()
            .find(|r| r[cols[0]] == category && r[cols[2]] == purpose)
            .unwrap_or_else(|| panic!("no row for {category} × {purpose}:\n{out}"))
    };
    let newsletter = row("contact.email", "newsletter");
    assert_eq!(newsletter[cols[1]], "user.contact.email", "{newsletter:?}");
    assert_eq!(newsletter[cols[3]], "marketing.communications.email", "{newsletter:?}");
    assert!(newsletter[cols[4]].contains("ropa::newsletter"), "{newsletter:?}");
    assert!(newsletter[cols[6]].contains("consent"), "{newsletter:?}");
    assert!(newsletter[cols[7]].contains("until the account is closed"), "{newsletter:?}");
    let sales = row("contact.phone", "sales");
    assert_eq!(sales[cols[1]], "user.contact.phone_number", "{sales:?}");
    assert_eq!(sales[cols[3]], "sales", "{sales:?}");
    assert!(sales[cols[4]].contains("ropa::sales"), "{sales:?}");
    assert!(sales[cols[5]].contains("outsourced_crm::upload_lead"), "{sales:?}");
    assert!(sales[cols[6]].contains("legitimate_interests"), "{sales:?}");
    assert!(sales[cols[7]].contains("24 months"), "{sales:?}");
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

/// The braces of a DOT file balance (outside quoted strings, HTML labels and comments).
fn dot_braces_balance(dot: &str) -> bool {
    let (mut depth, mut quoted, mut escaped) = (0i64, false, false);
    let mut chars = dot.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => quoted = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for c in chars.by_ref() {
                    if prev == '*' && c == '/' {
                        break;
                    }
                    prev = c;
                }
            }
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0 && !quoted
}

#[test]
fn map_dot_is_a_graphviz_digraph() {
    let (ws, o) = demo_map("map-dot", "dot");
    let dot = stdout(&o);
    let first = dot
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("//") && !l.starts_with('#') && !l.starts_with("/*"))
        .unwrap_or_default();
    assert!(first.starts_with("digraph") || first.starts_with("strict digraph"), "not a digraph:\n{dot}");
    assert!(dot_braces_balance(&dot), "unbalanced braces:\n{dot}");
    assert!(dot.contains("->"), "no edges:\n{dot}");
    for name in ["chat", "browsing", "sales", "matching"] {
        assert!(dot.contains(name), "`{name}` is not in the graph:\n{dot}");
    }
    // Graphviz itself, when it is installed.
    if Command::new("dot").arg("-V").output().is_ok_and(|o| o.status.success()) {
        let file = ws.parent().expect("temp").join("map.dot");
        std::fs::write(&file, &dot).expect("write");
        let o = Command::new("dot").arg("-Tsvg").arg(&file).output().expect("run dot");
        assert!(o.status.success(), "Graphviz rejects the map: {}", String::from_utf8_lossy(&o.stderr));
    }
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

fn yaml_to_json(y: &yaml_rust2::Yaml) -> Value {
    use yaml_rust2::Yaml;
    match y {
        Yaml::String(s) => Value::String(s.clone()),
        Yaml::Integer(i) => Value::from(*i),
        Yaml::Real(r) => r.parse::<f64>().map(Value::from).unwrap_or_else(|_| Value::String(r.clone())),
        Yaml::Boolean(b) => Value::Bool(*b),
        Yaml::Array(items) => Value::Array(items.iter().map(yaml_to_json).collect()),
        Yaml::Hash(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let key = match k {
                        Yaml::String(s) => s.clone(),
                        other => format!("{other:?}"),
                    };
                    (key, yaml_to_json(v))
                })
                .collect(),
        ),
        _ => Value::Null,
    }
}

/// Validates a Fides manifest with the `fideslang` models: each system, the whole
/// taxonomy, and every data category and use against fideslang's default taxonomy.
const FIDESLANG_CHECK: &str = r#"
import json, sys
import fideslang
from fideslang.models import System, Taxonomy

def validate(model, obj):
    return (getattr(model, "model_validate", None) or getattr(model, "parse_obj"))(obj)

doc = json.load(sys.stdin)
for system in doc["system"]:
    validate(System, system)
validate(Taxonomy, doc)
default = getattr(fideslang, "DEFAULT_TAXONOMY", None)
if default is not None:
    categories = {c.fides_key for c in default.data_category}
    uses = {u.fides_key for u in default.data_use}
    for system in doc["system"]:
        for d in system["privacy_declarations"]:
            assert d["data_use"] in uses, "unknown data use " + d["data_use"]
            for c in d["data_categories"]:
                assert c in categories, "unknown data category " + c
print("fideslang: valid")
"#;

fn fideslang_available() -> bool {
    Command::new("python3").args(["-c", "import fideslang"]).output().is_ok_and(|o| o.status.success())
}

#[test]
fn map_fides_is_a_valid_fides_system_manifest() {
    let ws = ropa_workspace("map-fides");
    let o = expect_code(&ws, &[MAP, "--format", "fides"], &[0]);
    let out = stdout(&o);
    let doc: Value = if out.trim_start().starts_with('{') {
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}):\n{out}"))
    } else {
        let docs = yaml_rust2::YamlLoader::load_from_str(&out).unwrap_or_else(|e| panic!("not YAML ({e}):\n{out}"));
        assert_eq!(docs.len(), 1, "one YAML document:\n{out}");
        yaml_to_json(&docs[0])
    };

    // The shape fideslang requires of a system.
    let fides_key = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "_.-<>".contains(c));
    let systems = doc["system"].as_array().unwrap_or_else(|| panic!("no `system` list:\n{out}"));
    assert!(!systems.is_empty(), "{out}");
    let mut by_use: Vec<(String, Vec<String>)> = Vec::new();
    for system in systems {
        assert!(system["fides_key"].as_str().is_some_and(fides_key), "system.fides_key: {system}");
        assert!(system["name"].as_str().is_some_and(|n| !n.is_empty()), "system.name: {system}");
        assert!(system["system_type"].as_str().is_some(), "system.system_type (required by fideslang): {system}");
        let declarations = system["privacy_declarations"].as_array().unwrap_or_else(|| panic!("{system}"));
        for d in declarations {
            let data_use = d["data_use"].as_str().filter(|u| fides_key(u)).unwrap_or_else(|| panic!("data_use: {d}"));
            let categories: Vec<String> = d["data_categories"]
                .as_array()
                .unwrap_or_else(|| panic!("data_categories: {d}"))
                .iter()
                .map(|c| c.as_str().filter(|c| fides_key(c)).unwrap_or_else(|| panic!("data category: {d}")).into())
                .collect();
            assert!(!categories.is_empty(), "{d}");
            assert!(!by_use.iter().any(|(u, _)| u == data_use), "one declaration per data use; `{data_use}` twice");
            by_use.push((data_use.to_string(), categories));
        }
    }
    // From the `fides = "..."` keys: the data categories per data use.
    let categories_of =
        |data_use: &str| by_use.iter().find(|(u, _)| u == data_use).map(|(_, c)| c.clone()).unwrap_or_default();
    assert_eq!(categories_of("marketing.communications.email"), ["user.contact.email"], "{out}");
    assert_eq!(categories_of("sales"), ["user.contact.phone_number"], "{out}");
    let mut account = categories_of("essential.service");
    account.sort();
    assert_eq!(account, ["user.contact.email", "user.contact.phone_number"], "{out}");

    // fideslang's System model as JSON Schema, shipped in testdata/ (checked without Python).
    let schema_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/fideslang/system.schema.json");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(&schema_path).expect("the shipped schema")).expect("JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    for system in systems {
        let errors: Vec<String> =
            validator.iter_errors(system).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(
            errors.is_empty(),
            "the system does not follow fideslang's System schema:\n{}\n{out}",
            errors.join("\n")
        );
    }

    if fideslang_available() {
        let mut child = Command::new("python3")
            .args(["-c", FIDESLANG_CHECK])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("python3");
        {
            use std::io::Write;
            let mut stdin = child.stdin.take().expect("stdin");
            stdin.write_all(doc.to_string().as_bytes()).expect("write to python3");
        }
        let o = child.wait_with_output().expect("python3");
        assert!(o.status.success(), "fideslang rejects the manifest:\n{}\n{out}", text(&o));
    } else {
        eprintln!("fideslang is not installed: the manifest was checked structurally only");
    }
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

/// References an HTML file makes to other files or to the network: scripts, styles,
/// fonts, images and frames that are not inline (`data:` and `#fragment` are inline).
fn external_references(html: &str) -> Vec<String> {
    let lower = html.to_lowercase();
    let mut found = Vec::new();
    let inline = |v: &str| {
        let v = v.trim().trim_matches(|c| c == '"' || c == '\'').trim();
        v.starts_with("data:") || v.starts_with('#') || v.is_empty()
    };
    // CSS: the contents of <style> elements and every attribute value that uses url().
    let mut css = String::new();
    let mut at = 0;
    while let Some(i) = lower[at..].find('<') {
        let start = at + i + 1;
        let end = lower[start..].find('>').map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == ':').collect();
        for (attr, value) in attributes(&tag[name.len()..]) {
            let loads = match name.as_str() {
                "script" => attr == "src",
                "link" => attr == "href",
                "img" | "iframe" | "embed" | "source" | "audio" | "video" | "track" | "input" => attr == "src",
                "object" => attr == "data",
                "image" | "use" | "feimage" => attr == "href" || attr == "xlink:href",
                _ => false,
            };
            if loads && (name == "script" || !inline(&value)) {
                found.push(format!("<{name} {attr}={value}>"));
            }
            if value.contains("url(") || attr == "style" {
                css.push_str(&value);
                css.push('\n');
            }
        }
        if name == "style" {
            let body_end = lower[end..].find("</style").map_or(lower.len(), |e| end + e);
            css.push_str(&lower[end.min(lower.len())..body_end]);
            css.push('\n');
        }
        at = end;
    }
    let mut rest = css.as_str();
    while let Some(i) = rest.find("url(") {
        let arg = &rest[i + 4..];
        let close = arg.find(')').unwrap_or(arg.len());
        if !inline(&arg[..close]) {
            found.push(format!("url({})", &arg[..close]));
        }
        rest = &arg[close..];
    }
    if css.contains("@import") {
        found.push("@import in CSS".into());
    }
    found
}

/// `name="value"` pairs of a tag (lower-cased already).
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut chars = tag.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace() || *c == '/') {
            chars.next();
        }
        let name: String = std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace() && *c != '=')).collect();
        if name.is_empty() {
            break;
        }
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        if chars.next_if_eq(&'=').is_none() {
            out.push((name, String::new()));
            continue;
        }
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let value: String = match chars.peek().copied() {
            Some(q @ ('"' | '\'')) => {
                chars.next();
                let v = std::iter::from_fn(|| chars.next_if(|c| *c != q)).collect();
                chars.next();
                v
            }
            _ => std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace())).collect(),
        };
        out.push((name, value));
    }
    out
}

/// The demo's violating functions, as the violations list should name them.
const DEMO_VIOLATING_FUNCTIONS: &[&str] = &[
    "prepare_pitch",
    "enrich_with_email",
    "win_back",
    "rank_leads",
    "nightly_lead_feed",
    "viewed_you_campaign",
    "pride_segment",
    "draft_annex",
];

#[test]
fn map_html_is_one_self_contained_page_with_a_picture_tables_and_violations() {
    let (ws, o) = demo_map("map-html", "html");
    let html = stdout(&o);
    let lower = html.to_lowercase();
    assert!(lower.trim_start().starts_with("<!doctype html"), "a whole HTML document:\n{html}");
    let external = external_references(&html);
    assert!(external.is_empty(), "the map must not load anything from elsewhere: {external:#?}");

    let svg = lower.find("<svg").unwrap_or_else(|| panic!("no inline <svg> picture:\n{html}"));
    let svg_end = lower[svg..].find("</svg>").map_or(lower.len(), |e| svg + e);
    let picture = &lower[svg..svg_end];
    assert!(
        ["<path", "<rect", "<line", "<polyline", "<polygon", "<circle"].iter().any(|shape| picture.contains(shape)),
        "the SVG draws nothing:\n{picture}"
    );
    for name in ["chat", "browsing", "sales", "matching"] {
        assert!(picture.contains(name), "`{name}` is not in the picture");
    }

    assert!(lower.matches("<table").count() >= 5, "per-category tables:\n{html}");
    assert!(lower.find("<table").is_some_and(|t| svg < t), "the picture comes first, then the tables");
    for category in ["chat", "browsing", "contact.email", "consent", "sensitive.orientation"] {
        assert!(html.contains(category), "no `{category}` in the page");
    }
    assert!(html.contains("crates/crm/src/pitch.rs"), "the tables give code locations:\n{html}");

    // The violations list: after a heading (or caption) that says so.
    let violations = ["<h1", "<h2", "<h3", "<h4", "<h5", "<h6", "<caption", "<summary"]
        .iter()
        .flat_map(|tag| lower.match_indices(tag).map(|(i, _)| i))
        .filter(|&at| lower[at..].find("</").is_some_and(|end| lower[at..at + end].contains("violation")))
        .min()
        .unwrap_or_else(|| panic!("no heading for the violations list:\n{html}"));
    for function in DEMO_VIOLATING_FUNCTIONS {
        assert!(lower[violations..].contains(function), "the violations list does not name `{function}`");
    }
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

#[test]
fn map_output_file_and_exit_codes() {
    let ws = testdata_copy("demo", "map-output");
    let dir = ws.parent().expect("temp").to_path_buf();
    for (format, file) in [("json", "map.json"), ("html", "map.html"), ("csv", "map.csv")] {
        let path = dir.join(file);
        let o = expect_code(&ws, &[MAP, "--format", format, "--output", path.to_str().expect("utf-8")], &[0]);
        let written = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("--output {file} not written ({e}):\n{}", text(&o)));
        assert!(!written.trim().is_empty(), "{file} is empty");
        if format == "json" {
            let doc: Value = serde_json::from_str(&written).expect("the written map is JSON");
            assert!(doc[MAP_VERSION].as_u64().is_some(), "{doc:#}");
        }
    }
    // Findings never fail `map`; a bad policy does.
    let bad = testdata_copy("bad/config-unknown-key", "map-bad-policy");
    for format in ["json", "html"] {
        let o = redline(&bad, &[MAP, "--format", format]);
        assert_eq!(o.status.code(), Some(2), "a bad policy: {}", text(&o));
    }
    let o = redline(&ws, &[MAP, "--format", "xml"]);
    assert_eq!(o.status.code(), Some(2), "an unknown format: {}", text(&o));
    let _ = std::fs::remove_dir_all(bad.parent().expect("temp"));
    let _ = std::fs::remove_dir_all(dir);
}

// ---------------------------------------------------------------------------------------
// redline audit
// ---------------------------------------------------------------------------------------

fn git(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let o = Command::new("git")
        .args(["-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .envs(env.iter().copied())
        .output()
        .expect("git is installed");
    assert!(o.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&o.stderr));
    stdout(&o).trim().to_string()
}

/// Commits everything with the given author and date (author and committer alike);
/// returns the commit hash.
fn commit(dir: &Path, message: &str, (name, email): (&str, &str), date: &str) -> String {
    git(dir, &["add", "-A"], &[]);
    let env = [
        ("GIT_AUTHOR_NAME", name),
        ("GIT_AUTHOR_EMAIL", email),
        ("GIT_COMMITTER_NAME", name),
        ("GIT_COMMITTER_EMAIL", email),
        ("GIT_AUTHOR_DATE", date),
        ("GIT_COMMITTER_DATE", date),
    ];
    git(dir, &["commit", "-q", "-m", message], &env);
    git(dir, &["rev-parse", "HEAD"], &[])
}

/// YYYY-MM-DD of a Unix time (UTC).
fn ymd(secs: i64) -> String {
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

const ADA: (&str, &str) = ("Ada Lovelace", "ada@example.invalid");
const GRACE: (&str, &str) = ("Grace Hopper", "grace@example.invalid");
const OLD_DATE: &str = "2023-01-15T12:00:00+0000";
const OLD_DAY: &str = "2023-01-15";

const AUDIT_POLICY: &str = r#"[categories.chat]
description = "Private messages between members"
allowed_purposes = ["messaging"]

[purposes.messaging]
[purposes.sales]

[flow]
# `bucket` keeps only the decade of a year (PRIV-21)
no_propagation = ["svc::privacy::bucket"]
"#;

const AUDIT_CHAT: &str = "#[redline::data(\"chat\")]\npub struct ChatMessage {\n    pub body: String,\n}\n";

/// The declassification: line 4 (attribute), line 5 (function).
const AUDIT_STATS: &str = "\
use crate::chat::ChatMessage;

/// How many messages a member sent this week; no content leaves.
#[redline::declassify(from = \"chat\", reason = \"weekly counts only, PRIV-3\")]
pub fn weekly_count(msgs: &[ChatMessage]) -> usize {
    msgs.len()
}
";

const AUDIT_PRIVACY: &str = "pub fn bucket(year: u32) -> u32 {\n    year / 10 * 10\n}\n";

/// The suppression: line 5. `preview` is the finding the baseline records.
const AUDIT_CRM: &str = "\
redline::module_purpose!(\"sales\");

use crate::chat::ChatMessage;

pub fn subject(m: &ChatMessage) -> usize { // redline:allow(purpose-violation) length only, PRIV-13
    m.body.len()
}

pub fn preview(m: &ChatMessage) -> String {
    m.body.clone()
}
";

struct AuditRepo {
    ws: PathBuf,
    old_commit: String,
    new_commit: String,
    new_day: String,
}

/// A git repository: the policy, the declassification and the `no_propagation` entry
/// committed in 2023 by Ada; the suppression and the baseline ten days ago by Grace.
fn audit_repo(name: &str) -> AuditRepo {
    let ws = temp(name).join("ws");
    write(&ws, "Cargo.toml", "[package]\nname = \"svc\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
    write(&ws, "redline.toml", AUDIT_POLICY);
    write(&ws, "src/lib.rs", "pub mod chat;\npub mod privacy;\npub mod stats;\n");
    write(&ws, "src/chat.rs", AUDIT_CHAT);
    write(&ws, "src/stats.rs", AUDIT_STATS);
    write(&ws, "src/privacy.rs", AUDIT_PRIVACY);
    git(&ws, &["init", "-q"], &[]);
    let old_commit = commit(&ws, "policy and weekly counts", ADA, OLD_DATE);

    write(&ws, "src/lib.rs", "pub mod chat;\npub mod crm;\npub mod privacy;\npub mod stats;\n");
    write(&ws, "src/crm.rs", AUDIT_CRM);
    let o = expect_code(&ws, &["check", "-q", "--write-baseline", "redline-baseline.json"], &[0]);
    let baseline = read(&ws.join("redline-baseline.json"));
    assert!(baseline.contains("svc::crm::preview") && !baseline.contains("svc::crm::subject"), "{}", text(&o));
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock").as_secs() as i64;
    // Noon UTC, ten days ago: the same calendar day in any time zone it may be shown in.
    let recent = (now.div_euclid(86_400) - 10) * 86_400 + 43_200;
    let new_commit = commit(&ws, "crm pitches", GRACE, &format!("@{recent} +0000"));
    AuditRepo { ws, old_commit, new_commit, new_day: ymd(recent) }
}

/// The exceptions of `audit --format json`: the first array of objects in which an
/// object has a `REASON_KEY`.
fn audit_items(doc: &Value) -> Vec<Value> {
    fn find(v: &Value) -> Option<&Vec<Value>> {
        match v {
            Value::Array(items) if items.iter().any(|i| i.get(REASON_KEY).is_some()) => Some(items),
            Value::Array(items) => items.iter().find_map(find),
            Value::Object(map) => map.values().find_map(find),
            _ => None,
        }
    }
    find(doc).cloned().unwrap_or_else(|| panic!("no list of exceptions with a `{REASON_KEY}`:\n{doc:#}"))
}

fn has_reason(item: &Value) -> bool {
    item.get(REASON_KEY).and_then(Value::as_str).is_some_and(|r| !r.trim().is_empty())
}

fn item_with<'a>(items: &'a [Value], needle: &str) -> &'a Value {
    let matching: Vec<&Value> = items.iter().filter(|i| mentions(i, needle)).collect();
    assert_eq!(matching.len(), 1, "one exception mentions `{needle}`: {items:#?}");
    matching[0]
}

#[test]
fn audit_lists_every_exception_with_its_reason_location_and_commit() {
    let repo = audit_repo("audit-list");
    let ws = &repo.ws;
    let (old, new) = (&repo.old_commit[..7], &repo.new_commit[..7]);

    let o = expect_code(ws, &[AUDIT, AUDIT_BASELINE, "redline-baseline.json"], &[0, 1]);
    let human = text(&o);
    for part in [
        "weekly counts only, PRIV-3",
        "length only, PRIV-13",
        "src/crm.rs:5",
        "svc::crm::preview",
        "svc::privacy::bucket",
        "redline.toml",
        old,
        new,
        ADA.0,
        GRACE.0,
        OLD_DAY,
        &repo.new_day,
    ] {
        assert!(human.contains(part), "`{part}` missing from the audit:\n{human}");
    }
    assert!(human.contains("src/stats.rs:4") || human.contains("src/stats.rs:5"), "{human}");
    assert!(human.contains("declassify"), "{human}");
    assert!(human.contains("redline:allow") || human.to_lowercase().contains("suppress"), "{human}");
    assert!(human.to_lowercase().contains("baseline"), "{human}");
    assert!(human.contains("no_propagation"), "{human}");

    let o = expect_code(ws, &[AUDIT, AUDIT_BASELINE, "redline-baseline.json", "--format", "json"], &[0, 1]);
    let doc: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", stdout(&o)));
    let items = audit_items(&doc);
    assert_eq!(items.len(), 4, "a declassify, a suppression, a baseline entry, a no_propagation entry: {items:#?}");
    let declassify = item_with(&items, "weekly counts only, PRIV-3");
    let suppression = item_with(&items, "length only, PRIV-13");
    let baseline = item_with(&items, "svc::crm::preview");
    let no_propagation = item_with(&items, "svc::privacy::bucket");
    for (item, file, commit, who, day) in [
        (declassify, "src/stats.rs", old, ADA.0, OLD_DAY),
        (suppression, "src/crm.rs", new, GRACE.0, repo.new_day.as_str()),
        (baseline, "", new, GRACE.0, repo.new_day.as_str()),
        (no_propagation, "redline.toml", old, ADA.0, OLD_DAY),
    ] {
        for part in [file, commit, who, day] {
            assert!(mentions(item, part), "`{part}` missing from {item:#}");
        }
    }

    let o = expect_code(ws, &[AUDIT, AUDIT_BASELINE, "redline-baseline.json", "--format", "csv"], &[0, 1]);
    let out = stdout(&o);
    let rows = parse_csv(&out);
    assert_eq!(rows.len(), 5, "a header and one row per exception:\n{out}");
    column(&rows[0], "reason", |c| c.contains("reason"));
    for row in &rows[1..] {
        assert_eq!(row.len(), rows[0].len(), "{row:?}");
    }
    let row = rows.iter().find(|r| r.iter().any(|c| c == "weekly counts only, PRIV-3")).expect("the declassify row");
    assert!(row.iter().any(|c| c.contains(ADA.0)), "{row:?}");
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

#[test]
fn audit_older_than_lists_the_exceptions_due_for_review() {
    let repo = audit_repo("audit-older");
    let ws = &repo.ws;
    let args = [AUDIT, AUDIT_BASELINE, "redline-baseline.json", OLDER_THAN, "90d"];
    let o = expect_code(ws, &args, &[0, 1]);
    let human = text(&o);
    assert!(human.contains("weekly counts only, PRIV-3") && human.contains("svc::privacy::bucket"), "{human}");
    assert!(!human.contains("length only, PRIV-13") && !human.contains("svc::crm::preview"), "{human}");

    let o = expect_code(ws, &[&args[..], &["--format", "json"]].concat(), &[0, 1]);
    let doc: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", stdout(&o)));
    let items = audit_items(&doc);
    assert_eq!(items.len(), 2, "only the two committed in 2023: {items:#?}");
    item_with(&items, "weekly counts only, PRIV-3");
    item_with(&items, "svc::privacy::bucket");

    // Ten days is not old enough for anything committed ten days ago.
    let o = expect_code(ws, &[AUDIT, OLDER_THAN, "5d", "--format", "json"], &[0, 1]);
    let doc: Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert!(mentions(&doc, "length only, PRIV-13"), "{doc:#}");
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

/// A workspace (not a git repository) whose exceptions all have a reason, unless
/// `web.rs` is given a suppression without one.
fn plain_audit_workspace(name: &str, with_unexplained: bool) -> PathBuf {
    let ws = temp(name).join("ws");
    write(&ws, "Cargo.toml", "[package]\nname = \"svc\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
    write(
        &ws,
        "redline.toml",
        "[categories.chat]\nallowed_purposes = [\"messaging\"]\n\n[purposes.messaging]\n[purposes.sales]\n",
    );
    let mut lib = String::from("pub mod chat;\npub mod crm;\npub mod stats;\n");
    write(&ws, "src/chat.rs", AUDIT_CHAT);
    write(&ws, "src/stats.rs", AUDIT_STATS);
    write(&ws, "src/crm.rs", AUDIT_CRM.split("\npub fn preview").next().expect("crm"));
    if with_unexplained {
        lib.push_str("pub mod web;\n");
        write(
            &ws,
            "src/web.rs",
            "redline::module_purpose!(\"sales\");\n\nuse crate::chat::ChatMessage;\n\n\
             // redline:allow(purpose-violation)\npub fn teaser(m: &ChatMessage) -> usize {\n    m.body.len()\n}\n",
        );
    }
    write(&ws, "src/lib.rs", &lib);
    ws
}

#[test]
fn audit_exits_0_when_every_exception_has_a_reason() {
    let ws = plain_audit_workspace("audit-clean", false);
    let o = expect_code(&ws, &[AUDIT], &[0]);
    let human = text(&o);
    assert!(human.contains("weekly counts only, PRIV-3") && human.contains("length only, PRIV-13"), "{human}");
    let o = expect_code(&ws, &[AUDIT, "--format", "json"], &[0]);
    let doc: Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let items = audit_items(&doc);
    assert_eq!(items.len(), 2, "{items:#?}");
    assert!(items.iter().all(has_reason), "{items:#?}");
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

#[test]
fn an_exception_without_a_reason_is_listed_first_and_fails_the_audit() {
    let ws = plain_audit_workspace("audit-unexplained", true);
    let o = expect_code(&ws, &[AUDIT], &[1]);
    let human = text(&o);
    let at = |needle: &str| human.find(needle).unwrap_or_else(|| panic!("`{needle}` missing:\n{human}"));
    let unexplained = at("src/web.rs:5");
    assert!(unexplained < at("src/crm.rs:5") && unexplained < at("src/stats.rs:"), "not listed first:\n{human}");

    for format in ["json", "csv"] {
        let o = expect_code(&ws, &[AUDIT, "--format", format], &[1]);
        if format == "json" {
            let doc: Value = serde_json::from_slice(&o.stdout).expect("JSON");
            let items = audit_items(&doc);
            assert_eq!(items.len(), 3, "{items:#?}");
            assert!(!has_reason(&items[0]) && mentions(&items[0], "src/web.rs"), "first: {:#}", items[0]);
            assert!(items[1..].iter().all(has_reason), "{items:#?}");
        } else {
            let rows = parse_csv(&stdout(&o));
            assert_eq!(rows.len(), 4, "{rows:?}");
            assert!(rows[1].iter().any(|c| c.contains("src/web.rs")), "first row: {:?}", rows[1]);
        }
    }
    let _ = std::fs::remove_dir_all(ws.parent().expect("temp"));
}

// ---------------------------------------------------------------------------------------
// Documentation
// ---------------------------------------------------------------------------------------

#[test]
fn the_workbench_is_documented_for_privacy_engineers() {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    let guide = read(&docs.join("privacy-engineers.md"));
    for command in ["redline init", "redline discover", "redline map", "redline audit"] {
        assert!(guide.contains(command), "docs/privacy-engineers.md does not show `{command}`");
    }
    // A screenshot of the HTML map, present in the repository.
    let image = guide
        .split("](")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .find(|target| target.ends_with(".png"))
        .unwrap_or_else(|| panic!("docs/privacy-engineers.md has no .png screenshot of the map"));
    assert!(docs.join(image).exists(), "the screenshot {image} is missing");
    let lints = read(&docs.join("lints.md"));
    let section = lints.split("\n## ").find(|s| s.starts_with("unclassified-personal-data")).expect("in docs/lints.md");
    assert!(section.contains("Default level: allow"), "{section}");
}

//! `redline init`: a commented starter `redline.toml` at the workspace root. Categories
//! and purposes are the Fides default taxonomy, with the classic rule (private content and
//! browsing behaviour never for sales or marketing); module purposes guessed from module
//! and crate names, and with `--discover` the discovery suggestions, are left commented
//! for review. The file passes `redline check` as written.

use super::args::Init;
use super::{discover, toml_str};
use crate::checks::unclassified_personal_data::{self as upd, words};
use crate::diag::Sources;
use crate::policy::{config, fides};
use crate::resolve::Program;
use crate::Outcome;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Guesses {
    guess: Vec<Guess>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Guess {
    words: Vec<String>,
    #[serde(rename = "use")]
    data_use: String,
}

fn guesses() -> &'static [Guess] {
    static GUESSES: OnceLock<Guesses> = OnceLock::new();
    &GUESSES
        .get_or_init(|| {
            toml::from_str(include_str!("module_purposes.toml"))
                .unwrap_or_else(|e| panic!("the embedded module purpose guesses are invalid: {e}"))
        })
        .guess
}

/// The rule every starter policy has.
const DENY_CATEGORIES: &[&str] = &["user.content.private", "user.behavior"];
const DENY_PURPOSES: &[&str] = &["sales", "marketing"];
const DENY_REASON: &str = "Purpose limitation: private messages and content, and browsing and viewing behaviour, \
                           are never sales or marketing material";

pub fn run(opts: &Init) -> Outcome {
    match init(opts) {
        Ok(o) | Err(o) => o,
    }
}

fn init(opts: &Init) -> Result<Outcome, Outcome> {
    let layout = crate::load::discover(&opts.path).map_err(|e| crate::fail(e.0))?;
    let root = layout.root.clone();
    let target = root.join("redline.toml");
    let existing = crate::find_policy(&root, None).ok().map(|p| p.path);
    if let (Some(existing), false) = (&existing, opts.force) {
        return Err(Outcome::failure(format!(
            "error: a policy exists already: {}\n  help: edit it, or run `redline init --force` to replace it with the starter \
             policy\n",
            existing.display()
        )));
    }
    let starter = starter();
    let config = config::parse(&starter, "redline.toml").map_err(|_| crate::fail("the starter policy is invalid"))?;
    let facts = super::declared(layout, config);
    let mut text = starter;
    text.push_str(&module_guesses(&facts.prog));
    let mut found = 0;
    if opts.discover {
        let sources = Sources::new(root.clone());
        let mut suggestions = upd::discover(&facts.prog, &facts.policy).suggestions;
        discover::unsuppressed(&mut suggestions, &facts.suppression_files, &sources);
        found = suggestions.len();
        text.push_str(
            "\n# What `redline discover` found: fields, types and columns that look like personal data\n\
             # and that nothing classifies. Review each entry, then uncomment the right ones.\n",
        );
        text.push_str(&discover::entries(&suggestions, &sources, "# "));
    }
    std::fs::write(&target, &text).map_err(|e| crate::fail(format!("cannot write {}: {e}", target.display())))?;
    let mut stderr = format!("redline: wrote a starter policy to {}", target.display());
    if opts.discover {
        stderr.push_str(&format!(" with {found} discovery suggestion{}", if found == 1 { "" } else { "s" }));
    }
    stderr.push_str("\n  next: review it, classify your data and declare module purposes, then run `redline check`\n");
    if existing.as_ref().is_some_and(|e| *e != target) {
        stderr.push_str(&format!(
            "warning: {} exists too; redline.toml now takes precedence over it\n",
            existing.as_ref().map(|e| e.display().to_string()).unwrap_or_default()
        ));
    }
    Ok(Outcome { stdout: String::new(), stderr, exit: 0 })
}

/// The policy without the guesses: header, categories, purposes, the deny rule, lints.
fn starter() -> String {
    let mut out = format!(
        "# redline.toml: the purpose-limitation policy of this workspace (docs/policy.md).\n\
         # Written by `redline init` (redline {}) as a starting point: review every part.\n\
         #\n\
         # Categories say what personal data is; purposes say what code is for. Classify data\n\
         # with #[redline::data(\"user.contact.email\")] in code or in a [data] table below, and\n\
         # give code a purpose with redline::module_purpose!(\"marketing\") or a [modules] table.\n\
         # `redline check` then reports every place where data reaches code whose purpose its\n\
         # category does not allow.\n\
         #\n\
         # The names below are the keys of the Fides taxonomy (https://ethyca.github.io/fideslang/),\n\
         # so that `redline map --format fides` needs no translation. A dotted key is a child of\n\
         # the key before its last dot, and inherits its rules. Delete what you do not need.\n\n",
        env!("CARGO_PKG_VERSION")
    );
    out.push_str(
        "# Data categories. Restrict one by listing what it may be used for, and record why and\n\
         # for how long you keep it (used by `redline map --format csv`), e.g.:\n\
         # \"user.contact.email\" = { description = \"User Contact Email\", allowed_purposes = [\"essential.service\"], retention = \"until the account is closed\" }\n\
         [categories]\n",
    );
    for (key, name) in fides::categories() {
        out.push_str(&format!("{} = {{ description = {} }}\n", toml_str(key), toml_str(name)));
    }
    out.push_str(
        "\n# Purposes (Fides data uses). Record the legal basis of each (`legal_basis = \"consent\"`).\n\
         [purposes]\n",
    );
    for (key, name) in fides::uses() {
        out.push_str(&format!("{} = {{ description = {} }}\n", toml_str(key), toml_str(name)));
    }
    let list = |names: &[&str]| names.iter().map(|n| toml_str(n)).collect::<Vec<_>>().join(", ");
    out.push_str(&format!(
        "\n# Forbidden whatever allowed_purposes say: private content and browsing behaviour are\n\
         # never sales or marketing material.\n\
         [[deny]]\ncategories = [{}]\npurposes = [{}]\nreason = {}\n",
        list(DENY_CATEGORIES),
        list(DENY_PURPOSES),
        toml_str(DENY_REASON)
    ));
    out.push_str(
        "\n[lints]\npurpose-violation = \"deny\"\n\
         # Uncomment to be warned of new fields that look like personal data and are not classified:\n\
         # unclassified-personal-data = \"warn\"\n",
    );
    out
}

/// `[modules]` guesses from module and crate names, commented.
fn module_guesses(prog: &Program) -> String {
    let mut guessed: HashMap<u32, &str> = HashMap::new();
    let mut lines: Vec<(String, String)> = Vec::new();
    // Modules come parents first.
    for (m, module) in prog.modules.iter().enumerate() {
        let name = if module.parent.is_none() { &prog.crates[module.krate].name } else { &module.name };
        let w = words(name);
        let guess = guesses().iter().find(|g| g.words.iter().any(|x| words(x).iter().all(|p| w.contains(p))));
        let parent = module.parent.and_then(|p| guessed.get(&p).copied());
        let Some(guess) = guess.map(|g| g.data_use.as_str()).or(parent) else { continue };
        guessed.insert(m as u32, guess);
        if parent == Some(guess) {
            continue;
        }
        let key = if module.parent.is_none() { name.clone() } else { module.path.clone() };
        if !lines.iter().any(|(k, _)| *k == key) {
            lines.push((key, guess.to_string()));
        }
    }
    let mut out = String::from(
        "\n# Module purposes, guessed from module and crate names (a crate name covers the whole\n\
         # crate). Nothing is assigned until you review a guess and uncomment it.\n# [modules]\n",
    );
    if lines.is_empty() {
        out.push_str("# \"my_crate::billing\" = \"essential.service.payment_processing\"\n");
    }
    for (key, data_use) in lines {
        out.push_str(&format!("# {} = {}\n", toml_str(&key), toml_str(&data_use)));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_starter_policy_is_valid_and_every_guess_is_a_fides_use() {
        let starter = super::starter();
        assert!(crate::policy::config::parse(&starter, "redline.toml").is_ok());
        for g in super::guesses() {
            assert!(crate::policy::fides::uses().contains_key(&g.data_use), "{}", g.data_use);
        }
    }
}

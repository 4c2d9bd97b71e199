//! `redline discover`: the `unclassified-personal-data` suggestions as TOML to paste into
//! redline.toml, each with a comment that says what it is, where, which pattern matched
//! and the Fides data category. Suppression comments are honoured.

use super::args::Discover;
use super::{open, toml_str, PolicyNeed};
use crate::checks::unclassified_personal_data::{self as upd, Discovery, Subject, Suggestion};
use crate::diag::{Level, Lint, Sources};
use crate::policy::fides;
use crate::report::plural;
use crate::syntax::Outline;
use crate::Outcome;
use std::collections::HashSet;

pub fn run(opts: &Discover) -> Outcome {
    match discover(opts) {
        Ok(o) | Err(o) => o,
    }
}

fn discover(opts: &Discover) -> Result<Outcome, Outcome> {
    let ws = open(&opts.path, opts.config.as_deref(), PolicyNeed::Optional)?;
    let mut stderr = ws.stderr.clone();
    if crate::find_policy(&ws.root, opts.config.as_deref()).is_err() {
        stderr.push_str("redline: no policy found; suggestions use Fides keys as category names\n");
    }
    let facts = super::declared(ws.layout, ws.config);
    let mut found = upd::discover(&facts.prog, &facts.policy);
    unsuppressed(&mut found.suggestions, &facts.suppression_files, &ws.sources);
    let text = render(&found, &ws.sources);
    let stdout = super::output(text, opts.output.as_deref())?;
    let n = plural(found.suggestions.len(), "suggestion");
    stderr.push_str(&format!("redline: {n} of personal data to classify\n"));
    Ok(Outcome { stdout, stderr, exit: 0 })
}

/// Drops the suggestions that a `redline:allow(unclassified-personal-data)` comment covers.
pub fn unsuppressed(suggestions: &mut Vec<Suggestion>, files: &[(String, Outline)], sources: &Sources) {
    let mut findings: Vec<_> = suggestions.iter().map(upd::finding).collect();
    crate::report::suppress::apply(&mut findings, files, sources, &|_| Level::Warn);
    let kept: HashSet<(String, u32)> = findings
        .into_iter()
        .filter(|f| f.lint == Lint::UnclassifiedPersonalData)
        .filter_map(|f| Some((f.file, f.span?.lo)))
        .collect();
    suggestions.retain(|s| kept.contains(&(s.file.clone(), s.span.lo)));
}

/// The suggestions as TOML: a header, declarations of the categories they use that the
/// policy lacks, then `[data]` and `[columns]`.
fn render(found: &Discovery, sources: &Sources) -> String {
    let s = &found.suggestions;
    let mut out = String::from("# redline discover: ");
    if s.is_empty() {
        out.push_str("nothing looks like unclassified personal data.\n");
    } else {
        let files: HashSet<&str> = s.iter().map(|x| x.file.as_str()).collect();
        let (names, them) = if s.len() == 1 { ("name looks", "it") } else { ("names look", "them") };
        let files = plural(files.len(), "file");
        out.push_str(&format!(
            "{} {names} like personal data and nothing classifies {them} ({} in {files}).\n",
            s.len(),
            counts(s),
        ));
        out.push_str(
            "# Above each entry: what it is, where, the pattern that matched and the Fides data category.\n\
             # Review every entry: keep the right ones (correct the category where needed), delete the\n\
             # others, and paste the rest into redline.toml (into its [data] and [columns] tables if it\n\
             # has them already). Mark what is not personal data with\n\
             # `// redline:allow(unclassified-personal-data) <why>` so that it is not suggested again.\n",
        );
    }
    if !found.excluded.is_empty() {
        let parts: Vec<String> = found.excluded.iter().map(|(e, n)| format!("{e}: {n}")).collect();
        out.push_str(&format!("# Excluded after a pattern matched: {}.\n", parts.join(", ")));
    }
    let mut missing: Vec<&str> = s.iter().filter(|x| !x.declared).map(|x| x.category.as_str()).collect();
    missing.sort_unstable();
    missing.dedup();
    if !missing.is_empty() {
        out.push_str("\n# Categories these entries use that the policy does not declare yet.\n");
        for c in missing {
            out.push_str(&format!("[categories.{}]\n", toml_str(c)));
            if let Some(name) = fides::categories().get(c) {
                out.push_str(&format!("description = {}\n", toml_str(name)));
            }
        }
    }
    out.push_str(&entries(s, sources, ""));
    out
}

/// "8 fields, 2 columns".
fn counts(s: &[Suggestion]) -> String {
    let mut parts = Vec::new();
    for (subject, word) in [(Subject::Field, "field"), (Subject::Type, "type"), (Subject::Column, "column")] {
        let n = s.iter().filter(|x| x.subject == subject).count();
        if n > 0 {
            parts.push(plural(n, word));
        }
    }
    parts.join(", ")
}

/// The `[data]` and `[columns]` tables, each line prefixed with `prefix` (`"# "` to leave
/// them commented, as `redline init --discover` does).
pub fn entries(s: &[Suggestion], sources: &Sources, prefix: &str) -> String {
    let mut out = String::new();
    for (table, subjects) in [("data", &[Subject::Field, Subject::Type][..]), ("columns", &[Subject::Column][..])] {
        let mut these: Vec<&Suggestion> = s.iter().filter(|x| subjects.contains(&x.subject)).collect();
        if these.is_empty() {
            continue;
        }
        these.sort_by(|a, b| (&a.file, a.span.lo).cmp(&(&b.file, b.span.lo)));
        out.push_str(&format!("\n{prefix}[{table}]\n"));
        for x in these {
            let line = sources.line_col(&x.file, x.span.lo).line;
            out.push_str(&format!(
                "# {} at {}:{line}: pattern `{}` matched {}; Fides category `{}`\n",
                x.what,
                crate::map::one_line(&x.file),
                x.pattern,
                x.matched,
                x.fides
            ));
            out.push_str(&format!("{prefix}{} = {}\n", toml_str(&x.path), toml_str(&x.category)));
        }
    }
    out
}

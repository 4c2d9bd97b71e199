//! `redline audit`: lists the exceptions to the policy (see [`crate::audit`]). Exit code
//! 1 when one of those listed has no reason, 0 otherwise, 2 when redline cannot do its
//! job (no or an invalid policy, an unreadable baseline, a bad `--older-than`).

use super::args::Audit;
use super::{open, PolicyNeed};
use crate::audit::{self, Baseline, Format};
use crate::Outcome;

pub fn run(opts: &Audit) -> Outcome {
    match audit(opts) {
        Ok(o) | Err(o) => o,
    }
}

fn audit(opts: &Audit) -> Result<Outcome, Outcome> {
    let cutoff = match opts.older_than.as_deref() {
        None => None,
        Some(age) => {
            let secs = audit::parse_age(age).ok_or_else(|| {
                crate::fail(format!("`--older-than {age}` is not an age: write a number and d, w, m or y (`90d`)"))
            })?;
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
            Some(now - secs)
        }
    };
    let baseline = match &opts.baseline {
        None => None,
        Some(path) => {
            let entries = crate::report::baseline::read(path).map_err(crate::fail)?;
            let text = std::fs::read_to_string(path).map_err(crate::fail)?;
            Some((path, entries, text))
        }
    };
    let ws = open(&opts.path, opts.config.as_deref(), PolicyNeed::Required)?;
    let mut stderr = ws.stderr.clone();
    let baseline = baseline.map(|(path, entries, text)| {
        let name = match (path.canonicalize(), ws.root.canonicalize()) {
            (Ok(p), Ok(root)) if p.starts_with(&root) => crate::load::rel(&root, &p),
            _ => path.display().to_string(),
        };
        Baseline { path, name, entries, text }
    });
    let (root, sources) = (ws.root.clone(), ws.sources);
    let no_propagation = audit::no_propagation(&ws.config, &sources);
    let facts = super::declared(ws.layout, ws.config);
    let mut exceptions = audit::collect(
        &facts.prog,
        &facts.policy,
        no_propagation,
        &facts.suppression_files,
        baseline.as_ref(),
        (&root, &sources),
    );
    let mut note = String::new();
    if let Some(cutoff) = cutoff {
        if exceptions.iter().any(|e| e.blame.is_none()) {
            note.push_str("note: some exceptions have no git history; their age is unknown, so they are listed\n");
        }
        audit::older_than(&mut exceptions, cutoff);
    }
    let text = match opts.format {
        Format::Human => audit::human::render(&exceptions, &note),
        Format::Json => audit::json::render(&exceptions, opts.older_than.as_deref()),
        Format::Csv => audit::json::csv(&exceptions),
    };
    if opts.format != Format::Human {
        stderr.push_str(&note);
    }
    let stdout = super::output(text, opts.output.as_deref())?;
    let exit = i32::from(exceptions.iter().any(|e| e.reason.is_none()));
    Ok(Outcome { stdout, stderr, exit })
}

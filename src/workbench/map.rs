//! `redline map`: reads the workspace and its policy as `check` does, follows the data
//! once, builds the data map from the flows and renders it. Findings do not fail it:
//! the exit code is 0, or 2 when redline cannot do its job (no or an invalid policy, a
//! file that cannot be written).

use super::args::Map;
use super::{open, PolicyNeed, Progress};
use crate::map::{self, Format};
use crate::Outcome;

const STEPS: &[&str] =
    &["reading and parsing files", "resolving names", "applying the policy", "following the data", "drawing the map"];

pub fn run(opts: &Map) -> Outcome {
    match map(opts) {
        Ok(o) | Err(o) => o,
    }
}

fn map(opts: &Map) -> Result<Outcome, Outcome> {
    let ws = open(&opts.path, opts.config.as_deref(), PolicyNeed::Required)?;
    let mut stderr = ws.stderr.clone();
    let policy_file = ws.config.file.clone();
    let name = ws.root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "workspace".into());
    let mut progress = Progress::new("redline map", STEPS, opts.quiet);
    let analysis = crate::analyze_with_progress(ws.layout, ws.config, &mut |_| progress.step());
    let data = map::build(&analysis, &ws.sources, &name, &policy_file);
    let text = match opts.format {
        Format::Html => map::html::render(&data),
        Format::Json => map::json::render(&data),
        Format::Csv => map::csv::render(&data),
        Format::Dot => map::dot::render(&data),
        Format::Fides => map::fides::render(&data),
    };
    progress.step();
    progress.finish();
    if opts.format == Format::Fides {
        let (cats, uses) = map::fides::omitted(&data);
        if !cats.is_empty() || !uses.is_empty() {
            stderr.push_str(&format!(
                "note: without a Fides key, {} categories and {} purposes are left out of the manifest (add `fides = \
                 \"...\"` to them in {policy_file})\n",
                cats.len(),
                uses.len()
            ));
        }
    }
    if data.problems > 0 {
        stderr.push_str(&format!(
            "note: {} problems kept parts of the workspace from the map (run `redline check` to see them)\n",
            data.problems
        ));
    }
    let stdout = super::output(text, opts.output.as_deref())?;
    if !opts.quiet {
        let v = data.violations().len();
        stderr.push_str(&format!(
            "redline: the map shows {} categories reaching {} places, {v} of them not allowed\n",
            data.categories.len(),
            data.flows()
        ));
    }
    Ok(Outcome { stdout, stderr, exit: 0 })
}

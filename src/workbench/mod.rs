//! The privacy engineer's commands, over the same analysis as `redline check`:
//! `redline init` (a starter policy), `redline discover` (what looks personal and is not
//! classified), `redline map` (the data map, [`crate::map`]) and `redline audit` (the
//! exceptions, [`crate::audit`]). Each reads the workspace and its policy as `check`
//! does, with the same exit codes: 2 when redline cannot do its job.

pub mod args;
pub mod audit;
pub mod discover;
pub mod init;
pub mod map;
mod progress;

use crate::diag::Sources;
use crate::load::{self, Layout};
use crate::policy::{self, config::Config, Policy};
use crate::resolve::{self, Program};
use crate::syntax::Outline;
use crate::{Options, Outcome};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

pub use progress::Progress;

/// A workspace and its policy, read as `check` reads them.
pub struct Workspace {
    pub layout: Layout,
    pub root: PathBuf,
    pub sources: Sources,
    pub config: Config,
    /// What is worth saying on stderr about how the policy was found.
    pub stderr: String,
}

/// Whether a command can run without a policy.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum PolicyNeed {
    Required,
    /// Without one, an empty policy (nothing declared).
    Optional,
}

/// Colour for configuration errors on stderr: a terminal, and `NO_COLOR` unset or empty.
fn colour() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Finds the workspace at or above `path` and reads its policy (`--config`, else as
/// `check` finds it). An invalid policy, or a missing one when it is required, is an
/// `Err` to print (exit 2).
pub fn open(path: &Path, config: Option<&Path>, need: PolicyNeed) -> Result<Workspace, Outcome> {
    let layout = load::discover(path).map_err(|e| crate::fail(e.0))?;
    let root = layout.root.clone();
    let sources = Sources::new(root.clone());
    let has_policy = config.is_some() || crate::find_policy(&root, None).is_ok();
    let (config, stderr) = if has_policy || need == PolicyNeed::Required {
        let opts = Options {
            path: path.to_path_buf(),
            config: config.map(Path::to_path_buf),
            colour: colour(),
            ..Default::default()
        };
        crate::read_policy(&root, &opts, &sources)?
    } else {
        let empty =
            policy::config::parse("", "redline.toml").map_err(|_| crate::fail("cannot build an empty policy"))?;
        (empty, String::new())
    };
    Ok(Workspace { layout, root, sources, config, stderr })
}

/// The facts discovery needs, without following data (no flow phase): the program, the
/// policy, and the files holding suppression comments.
pub struct Declared {
    pub prog: Program,
    pub policy: Policy,
    pub suppression_files: Vec<(String, Outline)>,
}

pub fn declared(layout: Layout, config: Config) -> Declared {
    let mut loaded = load::load(layout);
    let suppression_files = std::mem::take(&mut loaded.suppression_files);
    let prog = resolve::build(loaded);
    let (policy, _) = policy::build(&prog, config, None);
    Declared { prog, policy, suppression_files }
}

/// Writes `text` to `path`, or returns it for stdout when there is no path.
pub fn output(text: String, path: Option<&Path>) -> Result<String, Outcome> {
    match path {
        None => Ok(text),
        Some(p) => {
            std::fs::write(p, text).map_err(|e| crate::fail(format!("cannot write {}: {e}", p.display())))?;
            Ok(String::new())
        }
    }
}

/// A string as TOML writes it (quoted and escaped).
pub fn toml_str(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

//! The command-line arguments of the workbench commands (`src/cli.rs` names them).

use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Init {
    /// A directory inside the workspace (or package).
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Replace an existing policy.
    #[arg(long)]
    pub force: bool,
    /// Add what `redline discover` finds, as commented [data] and [columns] entries.
    #[arg(long)]
    pub discover: bool,
}

#[derive(clap::Args, Debug)]
pub struct Discover {
    /// A directory inside the workspace (or package).
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Policy file (default: as `check` finds it; none is needed).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Write the TOML to FILE instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
pub struct Map {
    /// A directory inside the workspace (or package).
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Policy file (default: as `check` finds it).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = crate::map::Format::Html)]
    pub format: crate::map::Format,
    /// Write the map to FILE instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// No progress on stderr.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(clap::Args, Debug)]
pub struct Audit {
    /// A directory inside the workspace (or package).
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Policy file (default: as `check` finds it).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// A baseline file (from `check --write-baseline`) whose entries are exceptions too.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Only the exceptions introduced longer ago than AGE (`90d`, `12w`, `6m`, `1y`): those due for review.
    #[arg(long, value_name = "AGE")]
    pub older_than: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = crate::audit::Format::Human)]
    pub format: crate::audit::Format,
    /// Write the audit to FILE instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

impl Init {
    pub fn run(&self) -> crate::Outcome {
        crate::in_pool(|| super::init::run(self))
    }
}

impl Discover {
    pub fn run(&self) -> crate::Outcome {
        crate::in_pool(|| super::discover::run(self))
    }
}

impl Map {
    pub fn run(&self) -> crate::Outcome {
        crate::in_pool(|| super::map::run(self))
    }
}

impl Audit {
    pub fn run(&self) -> crate::Outcome {
        crate::in_pool(|| super::audit::run(self))
    }
}

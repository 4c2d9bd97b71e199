//! The `redline` command line.

use clap::{Parser, Subcommand, ValueEnum};
use redline_cli::{report::lints, Format, Options};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Parsing allocates many small objects on two threads at once; mimalloc is
/// markedly faster at that than the system allocator (see docs/performance.md).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "redline", version, about = "Enforce purpose limitation of personal data in Rust code")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse a workspace and report purpose violations (exit 0 clean, 1 findings, 2 could not run).
    Check {
        /// A directory inside the workspace (or package) to analyse.
        #[arg(default_value = ".")]
        path: PathBuf,
        /// Policy file (default: redline.toml at the workspace root).
        #[arg(long, value_name = "PATH")]
        config: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Human)]
        format: FormatArg,
        /// Print only the summary line (human format).
        #[arg(long, short)]
        quiet: bool,
    },
    /// Show what a lint checks, why, and how to fix it; without a name, list the lints.
    Explain {
        /// Lint name, e.g. purpose-violation.
        lint: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Human,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check { path, config, format, quiet } => {
            let format = match format {
                FormatArg::Human => Format::Human,
                FormatArg::Json => Format::Json,
            };
            let colour =
                format == Format::Human && redline_cli::report::human::colour_wanted(std::io::stdout().is_terminal());
            let outcome = redline_cli::check(&Options { path, config, format, quiet, colour });
            // A closed pipe is not worth a panic.
            let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
            let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
            ExitCode::from(outcome.exit as u8)
        }
        Command::Explain { lint: None } => {
            let mut out = String::from("redline lints (run `redline explain <lint>` for details):\n");
            for l in lints::all() {
                out.push_str(&format!("  {:<24} {:<5} {}\n", l.name, l.level, l.summary.trim()));
            }
            print!("{out}");
            ExitCode::SUCCESS
        }
        Command::Explain { lint: Some(name) } => match lints::find(&name) {
            Some(doc) => {
                print!("{}", lints::render(doc));
                ExitCode::SUCCESS
            }
            None => {
                let hint = redline_cli::policy::config::suggest(&name, lints::all().iter().map(|l| l.name.as_str()))
                    .map(|s| format!("; did you mean `{s}`?"))
                    .unwrap_or_default();
                eprintln!("error: no lint named `{name}`{hint} (run `redline explain` for the list)");
                ExitCode::from(2)
            }
        },
    }
}

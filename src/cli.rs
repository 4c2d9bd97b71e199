//! The command line, shared by the `redline` binary and the `cargo-redline` cargo
//! subcommand (`cargo redline check` runs `cargo-redline redline check`).

use crate::diag::{lint, Level};
use crate::report::Format;
use crate::Options;
use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "redline", version, about = "Enforce purpose limitation of personal data in Rust code")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse a workspace and report purpose violations (exit 0 clean, 1 findings, 2 could not run).
    Check(Check),
    /// Show what a lint checks, why, and how to fix it; without a name, list the lints.
    Explain {
        /// Lint name, e.g. purpose-violation.
        lint: Option<String>,
    },
    /// Print a shell completion script.
    ///
    /// For example `redline completions bash > ~/.local/share/bash-completion/completions/redline`,
    /// `redline completions zsh > ~/.zfunc/_redline` or
    /// `redline completions fish > ~/.config/fish/completions/redline.fish`.
    Completions {
        /// The shell the script is for.
        shell: clap_complete::Shell,
    },
    /// Run the language server on stdin and stdout, for editors (see docs/editors.md).
    ///
    /// It checks the workspace the editor opens, and again on every save, publishing each finding as a
    /// diagnostic, with code actions to suppress a finding (with a reason) or explain its lint.
    Lsp,
    /// Print a man page (roff).
    ///
    /// For example `redline man > redline.1` and `redline man check > redline-check.1`.
    Man {
        /// The command to document (default: redline itself).
        command: Option<String>,
    },
    /// Write a commented starter redline.toml (Fides categories and purposes) at the workspace root.
    Init(crate::workbench::args::Init),
    /// Print what looks like personal data and is not classified, as TOML for redline.toml.
    Discover(crate::workbench::args::Discover),
    /// The data map: where each category goes, for which purpose, and whether that is allowed.
    Map(crate::workbench::args::Map),
    /// List every exception to the policy: declassifications, suppressions, baseline entries, no_propagation.
    Audit(crate::workbench::args::Audit),
}

#[derive(clap::Args)]
#[command(after_long_help = EXIT_STATUS)]
struct Check {
    /// A directory or file inside the workspace (or package): the whole workspace is analysed, and
    /// findings in files under PATH are reported.
    #[arg(default_value = ".")]
    path: PathBuf,
    /// Policy file (default: redline.toml or .redline.toml at the workspace root, else
    /// [workspace.metadata.redline] or [package.metadata.redline] in its Cargo.toml).
    #[arg(long, value_name = "PATH")]
    config: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Write the report to FILE; the terminal still gets the human report.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Colour in the human and concise formats (auto: on a terminal, unless NO_COLOR is set).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,
    /// Print only the summary line (human and concise formats).
    #[arg(long, short)]
    quiet: bool,
    /// Set a lint to deny for this run (repeatable; `-D warnings` is --deny-warnings).
    #[arg(short = 'D', long = "deny", value_name = "LINT")]
    deny: Vec<String>,
    /// Set a lint to warn for this run (repeatable).
    #[arg(short = 'W', long = "warn", value_name = "LINT")]
    warn: Vec<String>,
    /// Set a lint to allow for this run (repeatable). The last of -D/-W/-A for a lint wins.
    #[arg(short = 'A', long = "allow", value_name = "LINT")]
    allow: Vec<String>,
    /// Exit with 1 on warnings too.
    #[arg(long)]
    deny_warnings: bool,
    /// Exit with 0 even when there are findings (2 still means redline could not run).
    #[arg(long)]
    exit_zero: bool,
    /// Report only findings that this baseline file does not record.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Record the current findings in FILE, for --baseline; the run exits with 0.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Analyse everything but report only findings whose location or trace is on a line
    /// changed since this git revision (committed or not), or in an untracked file.
    #[arg(long, value_name = "REV")]
    changed_since: Option<String>,
}

const EXIT_STATUS: &str = "Exit status: 0 when no error-level finding was reported, 1 when one was (or a warning, \
with --deny-warnings), 2 when redline could not do its job (bad arguments, no or invalid policy, no Cargo.toml).";

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// `redline ARGS`.
pub fn main(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    run(clap_command("redline"), args.into_iter().collect())
}

/// `cargo-redline ARGS`: cargo passes the subcommand's name first (`cargo-redline
/// redline check`); run directly, `cargo-redline check` works too.
pub fn cargo_main(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let mut args: Vec<OsString> = args.into_iter().collect();
    if args.get(1).is_some_and(|a| a == "redline") {
        args.remove(1);
    }
    run(clap_command("cargo redline"), args)
}

fn clap_command(bin_name: &'static str) -> clap::Command {
    Cli::command().bin_name(bin_name)
}

fn run(command: clap::Command, args: Vec<OsString>) -> ExitCode {
    let matches = command.clone().get_matches_from(args);
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => e.exit(),
    };
    match cli.command {
        Command::Check(check) => {
            let sub = matches.subcommand_matches("check").unwrap_or(&matches);
            let opts = options(check, sub);
            let outcome = crate::check(&opts);
            finish(outcome)
        }
        Command::Init(args) => finish(args.run()),
        Command::Discover(args) => finish(args.run()),
        Command::Map(args) => finish(args.run()),
        Command::Audit(args) => finish(args.run()),
        Command::Explain { lint: None } => {
            let mut out = String::from("redline lints (run `redline explain <lint>` for details):\n");
            for l in lint::all() {
                out.push_str(&format!("  {:<26} {:<5} {}\n", l.name, l.level, l.summary.trim()));
            }
            emit(&out).map_or_else(|code| code, |()| ExitCode::SUCCESS)
        }
        Command::Explain { lint: Some(name) } => match lint::find(&name) {
            Some(doc) => emit(&lint::render(doc)).map_or_else(|code| code, |()| ExitCode::SUCCESS),
            None => {
                eprint!("{}", lint::unknown(&name));
                ExitCode::from(2)
            }
        },
        Command::Completions { shell } => {
            let mut command = command;
            let name = command.get_bin_name().unwrap_or("redline").to_string();
            clap_complete::generate(shell, &mut command, name, &mut std::io::stdout());
            ExitCode::SUCCESS
        }
        Command::Man { command: page } => man(command, page.as_deref()),
        Command::Lsp => crate::lsp::main(),
    }
}

/// `redline man [COMMAND]`: the page of redline, or of one of its commands (`redline-check`).
fn man(command: clap::Command, page: Option<&str>) -> ExitCode {
    let mut command = command.disable_help_subcommand(true);
    command.build();
    let source = format!("redline {}", command.get_version().unwrap_or_default());
    let command = match page {
        None => command,
        Some(name) => match command.find_subcommand(name) {
            Some(sub) => sub.clone(),
            None => {
                let names: Vec<&str> = command.get_subcommands().map(clap::Command::get_name).collect();
                eprintln!("error: no command named `{name}` (commands: {})", names.join(", "));
                return ExitCode::from(2);
            }
        },
    };
    let mut page = Vec::new();
    if let Err(e) = clap_mangen::Man::new(command).source(source).render(&mut page) {
        eprintln!("error: cannot render the man page: {e}");
        return ExitCode::from(2);
    }
    // A closed pipe is not worth a panic.
    let _ = std::io::stdout().write_all(&page);
    ExitCode::SUCCESS
}

/// Writes to stdout. A report that cannot be written (a full disk, a closed pipe) is a run
/// that did not do its job: exit code 2, and a message on stderr.
fn emit(text: &str) -> Result<(), ExitCode> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush()).map_err(|e| {
        let _ = writeln!(std::io::stderr(), "error: cannot write to stdout: {e}");
        ExitCode::from(2)
    })
}

/// Prints what a run printed and exits as it says (exit 2 when stdout cannot be written).
fn finish(outcome: crate::Outcome) -> ExitCode {
    let written = emit(&outcome.stdout);
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    match written {
        Ok(()) => ExitCode::from(u8::try_from(outcome.exit).unwrap_or(2)),
        Err(code) => code,
    }
}

fn options(check: Check, matches: &ArgMatches) -> Options {
    let mut deny_warnings = check.deny_warnings;
    // -D, -W and -A in command-line order: the last one for a lint wins.
    let mut levels: Vec<(usize, String, Level)> = Vec::new();
    for (id, names, level) in
        [("deny", &check.deny, Level::Deny), ("warn", &check.warn, Level::Warn), ("allow", &check.allow, Level::Allow)]
    {
        let indices = matches.indices_of(id).into_iter().flatten();
        for (index, name) in indices.zip(names) {
            if level == Level::Deny && name == "warnings" {
                deny_warnings = true;
            } else {
                levels.push((index, name.clone(), level));
            }
        }
    }
    levels.sort_by_key(|(index, _, _)| *index);
    let is_terminal = std::io::stdout().is_terminal();
    let colour = match check.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => colour_wanted(is_terminal, std::env::var_os("NO_COLOR").as_deref()),
    };
    Options {
        path: check.path,
        config: check.config,
        format: check.format,
        quiet: check.quiet,
        colour,
        output: check.output,
        levels: levels.into_iter().map(|(_, name, level)| (name, level)).collect(),
        deny_warnings,
        exit_zero: check.exit_zero,
        baseline: check.baseline,
        write_baseline: check.write_baseline,
        changed_since: check.changed_since,
        exit_after: true,
    }
}

/// `--color auto`: a terminal, and `NO_COLOR` unset or empty (no-color.org).
fn colour_wanted(is_terminal: bool, no_color: Option<&std::ffi::OsStr>) -> bool {
    is_terminal && no_color.is_none_or(|v| v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Options {
        let matches = clap_command("redline").get_matches_from(args);
        let Ok(Cli { command: Command::Check(check) }) = Cli::from_arg_matches(&matches) else {
            panic!("not a check command")
        };
        options(check, matches.subcommand_matches("check").expect("check"))
    }

    #[test]
    fn the_last_level_flag_for_a_lint_wins() {
        let o = parse(&["redline", "check", "-A", "purpose-violation", "-W", "parse-error", "-D", "purpose-violation"]);
        assert_eq!(
            o.levels,
            vec![
                ("purpose-violation".to_string(), Level::Allow),
                ("parse-error".to_string(), Level::Warn),
                ("purpose-violation".to_string(), Level::Deny)
            ]
        );
        assert!(!o.deny_warnings);
        assert!(parse(&["redline", "check", "-D", "warnings"]).deny_warnings);
    }

    #[test]
    fn colour_follows_the_terminal_and_no_color() {
        assert!(colour_wanted(true, None));
        assert!(!colour_wanted(false, None));
        assert!(!colour_wanted(true, Some(std::ffi::OsStr::new("1"))));
        assert!(colour_wanted(true, Some(std::ffi::OsStr::new(""))));
    }
}

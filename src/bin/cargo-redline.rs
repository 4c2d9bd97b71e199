//! `cargo redline`: the `redline` command line as a cargo subcommand.

use std::process::ExitCode;

/// The same allocator as the `redline` binary (see docs/performance.md).
#[global_allocator]
static ALLOC: redline_cli::alloc::MiMalloc = redline_cli::alloc::MiMalloc;

fn main() -> ExitCode {
    redline_cli::cli::cargo_main(std::env::args_os())
}

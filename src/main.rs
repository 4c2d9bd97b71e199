//! The `redline` command line (see [`redline_cli::cli`]).

use std::process::ExitCode;

/// Parsing allocates many small objects on two threads at once; mimalloc is
/// markedly faster at that than the system allocator (see docs/performance.md).
#[global_allocator]
static ALLOC: redline_cli::alloc::MiMalloc = redline_cli::alloc::MiMalloc;

fn main() -> ExitCode {
    redline_cli::cli::main(std::env::args_os())
}

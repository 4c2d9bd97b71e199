//! Progress of a long run on stderr: a bar that redraws itself on a terminal; elsewhere
//! (CI logs), one line per step, and only once the run has taken a while.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// How long a run goes before progress is shown at all.
const QUIET_FOR: Duration = Duration::from_millis(1500);
const WIDTH: usize = 24;

pub struct Progress {
    command: &'static str,
    /// What the run does, in order, in words.
    steps: &'static [&'static str],
    done: usize,
    started: Instant,
    bar: bool,
    off: bool,
    /// A bar is on screen (to be cleared at the end).
    drawn: bool,
}

impl Progress {
    pub fn new(command: &'static str, steps: &'static [&'static str], quiet: bool) -> Progress {
        let bar = std::io::stderr().is_terminal();
        Progress { command, steps, done: 0, started: Instant::now(), bar, off: quiet, drawn: false }
    }

    /// One more step is finished; shows the next.
    pub fn step(&mut self) {
        self.done = (self.done + 1).min(self.steps.len());
        let elapsed = self.started.elapsed();
        if self.off || elapsed < QUIET_FOR {
            return;
        }
        let next = self.steps.get(self.done).copied().unwrap_or("done");
        let (n, total) = (self.done, self.steps.len());
        let seconds = elapsed.as_secs_f64();
        let mut err = std::io::stderr().lock();
        if self.bar {
            let filled = WIDTH * n / total.max(1);
            let bar = format!("{}{}", "#".repeat(filled), "-".repeat(WIDTH - filled));
            let _ = write!(err, "\r\x1b[2K{} [{bar}] {n}/{total} {next} ({seconds:.1} s)", self.command);
            self.drawn = true;
        } else {
            let _ = writeln!(err, "{}: {n}/{total} done, {next} ({seconds:.1} s)", self.command);
        }
        let _ = err.flush();
    }

    /// Clears the bar.
    pub fn finish(&mut self) {
        if self.drawn {
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
            self.drawn = false;
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

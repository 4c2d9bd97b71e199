//! Who introduced a line, and when: `git blame --porcelain` (local, no network), one run
//! per file for all the lines asked about.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

/// The commit that last changed a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blame {
    pub commit: String,
    pub author: String,
    /// Author time, seconds since the Unix epoch.
    pub time: i64,
    /// The commit's subject line.
    pub summary: String,
}

/// What git says of each of `lines` (1-based) of `file`: `Some(None)` for a line not
/// committed yet, `None` when git knows nothing (no repository, an untracked file, no git).
pub fn blame(file: &Path, lines: &[usize]) -> HashMap<usize, Option<Blame>> {
    let (Some(dir), Some(name)) = (file.parent(), file.file_name()) else { return HashMap::new() };
    if lines.is_empty() {
        return HashMap::new();
    }
    let mut cmd = Command::new("git");
    cmd.arg("-C").arg(if dir.as_os_str().is_empty() { Path::new(".") } else { dir });
    cmd.args(["blame", "--porcelain"]);
    for l in lines {
        cmd.arg(format!("-L{l},{l}"));
    }
    cmd.arg("--").arg(name);
    match cmd.output() {
        Ok(o) if o.status.success() => parse(&String::from_utf8_lossy(&o.stdout)),
        _ => HashMap::new(),
    }
}

/// Reads porcelain output: a header per line (`<sha> <orig> <final> [<n>]`), the commit's
/// details the first time it appears, then the line itself after a tab.
fn parse(out: &str) -> HashMap<usize, Option<Blame>> {
    let mut commits: HashMap<String, Blame> = HashMap::new();
    let mut result = HashMap::new();
    let mut current: Option<(String, usize)> = None;
    for line in out.lines() {
        if line.starts_with('\t') {
            if let Some((sha, final_line)) = current.take() {
                let b = commits.get(&sha).cloned().filter(|_| sha.chars().any(|c| c != '0'));
                result.insert(final_line, b);
            }
            continue;
        }
        let mut words = line.split(' ');
        let first = words.next().unwrap_or_default();
        if first.len() == 40 && first.chars().all(|c| c.is_ascii_hexdigit()) {
            let final_line = words.nth(1).and_then(|n| n.parse().ok()).unwrap_or(0);
            commits.entry(first.to_string()).or_insert_with(|| Blame {
                commit: first.to_string(),
                author: String::new(),
                time: 0,
                summary: String::new(),
            });
            current = Some((first.to_string(), final_line));
            continue;
        }
        let Some(b) = current.as_ref().and_then(|(sha, _)| commits.get_mut(sha)) else { continue };
        let rest = line.split_once(' ').map_or("", |(_, r)| r);
        match first {
            "author" => b.author = rest.to_string(),
            "author-time" => b.time = rest.parse().unwrap_or(0),
            "summary" => b.summary = rest.to_string(),
            _ => {}
        }
    }
    result
}

/// `YYYY-MM-DD` of a Unix time, in UTC.
pub fn day(secs: i64) -> String {
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn porcelain_output_is_read_and_days_are_dates() {
        let sha = "1".repeat(40);
        let zero = "0".repeat(40);
        let out = format!(
            "{sha} 4 4 1\nauthor Ada Lovelace\nauthor-mail <ada@example.invalid>\nauthor-time 1673784000\n\
             author-tz +0000\nsummary policy and weekly counts\nfilename src/a.rs\n\tline four\n\
             {sha} 9 9 1\n\tline nine\n{zero} 12 12 1\nauthor Not Committed Yet\nauthor-time 1\nsummary x\n\tnew\n"
        );
        let b = parse(&out);
        let four = b[&4].clone().expect("committed");
        assert_eq!(
            (four.author.as_str(), four.time, four.summary.as_str()),
            ("Ada Lovelace", 1673784000, "policy and weekly counts")
        );
        assert_eq!(b[&9].as_ref().map(|x| x.commit.clone()), Some(sha));
        assert_eq!(b[&12], None, "not committed yet");
        assert_eq!(day(1673784000), "2023-01-15");
        assert_eq!(day(0), "1970-01-01");
    }
}

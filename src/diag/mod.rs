//! The base every phase may use: lint identifiers and their catalogue,
//! findings, levels, trace steps, positions in source files, and the one way
//! to read a file a pull request controls. It imports no phase.

pub mod escape;
pub mod files;
pub mod lint;
mod source;
pub mod trace;

pub use lint::Lint;
pub use source::{LineCol, SourceFile, Sources};
pub use trace::{Step, StepKind, Text};

use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;

/// A byte range in the file it came from (offsets relative to the file start).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(lo: usize, hi: usize) -> Self {
        let clamp = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        Span { lo: clamp(lo), hi: clamp(hi) }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Allow,
    Warn,
    Deny,
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        match s {
            "allow" => Some(Level::Allow),
            "warn" => Some(Level::Warn),
            "deny" => Some(Level::Deny),
            _ => None,
        }
    }

    /// How a finding at this level is shown: `error` or `warning`.
    pub fn severity(self) -> &'static str {
        match self {
            Level::Deny => "error",
            _ => "warning",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub lint: Lint,
    /// The lint's default level until the run applies the policy's and the command line's.
    pub level: Level,
    pub message: String,
    /// Relative to the workspace root, with `/`.
    pub file: String,
    pub span: Option<Span>,
    /// Text of the label on the offending expression.
    pub label: String,
    pub help: Option<String>,
    /// Full path of the enclosing function.
    pub item: Option<String>,
    pub category: Option<String>,
    pub purpose: Option<String>,
    pub trace: Vec<Step>,
}

impl Finding {
    pub fn new(lint: Lint, file: impl Into<String>, span: Option<Span>, message: impl Into<String>) -> Self {
        Finding {
            lint,
            level: lint.default_level(),
            message: message.into(),
            file: file.into(),
            span,
            label: String::new(),
            help: None,
            item: None,
            category: None,
            purpose: None,
            trace: Vec::new(),
        }
    }
}

/// The closest of `candidates` to a misspelt `name`, if one is close enough: the one at the
/// smallest edit distance (insertions, deletions, substitutions and transpositions of
/// neighbours), at most a third of its length (2 for short ones), the first in byte order
/// among equals. A bound of the distance, linear in a candidate's length, is taken of every
/// candidate; the distance itself only of those whose bound is no more than the best found
/// so far, smallest bounds first, and given up as soon as it is over. A policy with stale
/// entries asks this of every function of the workspace for each: ten of them took 0.4
/// billion instructions on vaultwarden (see docs/performance.md).
pub fn suggest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let want = Letters::of(name);
    let limit = |c: &str| 2.max(c.len() / 3);
    let mut bounded: Vec<(usize, &str)> = candidates
        .into_iter()
        .map(|c| (want.distance_at_least(&Letters::of(c)), c))
        .filter(|&(bound, c)| bound <= limit(c))
        .collect();
    bounded.sort_unstable();
    let name: Vec<char> = name.chars().collect();
    let mut best: Option<(usize, &str)> = None;
    for (bound, c) in bounded {
        // Every bound is within its candidate's limit: one over `most` is over the best so
        // far, and so are those after it.
        let most = best.map_or(limit(c), |(d, _)| d.min(limit(c)));
        if bound > most {
            break;
        }
        let Some(d) = distance_within(&name, c, most) else { continue };
        if best.is_none_or(|b| (d, c) < b) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c.to_string())
}

/// The optimal-string-alignment distance between `a` and `b`, if it is at most `most`: the
/// cells of the table within `most` of its diagonal, given up once two rows in a row are all
/// over `most` (what follows can only grow from them).
fn distance_within(a: &[char], b: &str, most: usize) -> Option<usize> {
    let b: Vec<char> = b.chars().collect();
    let over = most + 1;
    let (mut two_back, mut prev): (Vec<usize>, Vec<usize>) = (vec![over; b.len() + 1], (0..=b.len()).collect());
    let mut cur = vec![0; b.len() + 1];
    let mut prev_over = false;
    for i in 1..=a.len() {
        // Cells further than `most` from the diagonal are over it.
        cur.fill(over);
        cur[0] = i.min(over);
        for j in i.saturating_sub(most).max(1)..=(i + most).min(b.len()) {
            let same = a[i - 1] == b[j - 1];
            let mut d = (prev[j - 1] + usize::from(!same)).min(prev[j] + 1).min(cur[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(two_back[j - 2] + 1);
            }
            cur[j] = d.min(over);
        }
        let cur_over = cur.iter().all(|&d| d > most);
        if cur_over && prev_over {
            return None;
        }
        prev_over = cur_over;
        std::mem::swap(&mut two_back, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev[b.len()]).filter(|&d| d <= most)
}

/// Paths (`a::b::C`) indexed for "did you mean": a misspelt path is compared with the paths
/// that differ from it in one segment at most (one segment changed, left out or added), not
/// with every path, so that each stale entry of a policy costs what the paths around it do,
/// not what the workspace does (300 stale entries on lemmy took 4.5 billion instructions
/// compared with every path, each against its closest ones first).
pub struct PathIndex {
    paths: Vec<String>,
    /// Indexes in `paths`, by what is left of them without one of their segments (each
    /// segment in turn), and whole.
    near: HashMap<String, Vec<u32>>,
}

impl PathIndex {
    pub fn new(paths: impl IntoIterator<Item = String>) -> Self {
        let paths: Vec<String> = paths.into_iter().collect();
        let mut near: HashMap<String, Vec<u32>> = HashMap::default();
        for (i, path) in paths.iter().enumerate() {
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            near.entry(path.clone()).or_default().push(i);
            for key in without_one_segment(path) {
                near.entry(key).or_default().push(i);
            }
        }
        PathIndex { paths, near }
    }

    /// The closest path to `name` as [`suggest`] finds it, among those one segment away.
    pub fn did_you_mean(&self, name: &str) -> Option<String> {
        let keys = without_one_segment(name).chain(std::iter::once(name.to_string()));
        let mut near: Vec<u32> = keys.filter_map(|k| self.near.get(&k)).flatten().copied().collect();
        near.sort_unstable();
        near.dedup();
        did_you_mean(name, near.into_iter().filter_map(|i| self.paths.get(i as usize)).map(String::as_str))
    }
}

/// Paths with more segments than this are suggested, and get suggestions, only whole: each
/// indexed path is kept once per segment, so that the index of a hostile workspace of paths
/// nested a thousand deep would have held their lengths squared.
const MAX_SUGGESTED_SEGMENTS: usize = 16;

/// `path` without each of its `::`-separated segments in turn (nothing for a single one, or
/// past [`MAX_SUGGESTED_SEGMENTS`]).
fn without_one_segment(path: &str) -> impl Iterator<Item = String> + '_ {
    let segments: Vec<&str> = path.split("::").collect();
    let n = if (2..=MAX_SUGGESTED_SEGMENTS).contains(&segments.len()) { segments.len() } else { 0 };
    (0..n).map(move |k| {
        let rest: Vec<&str> = segments.iter().enumerate().filter(|&(i, _)| i != k).map(|(_, s)| *s).collect();
        rest.join("::")
    })
}

/// How many characters a string has, of each kind (kinds folded into 64 buckets).
struct Letters {
    len: usize,
    counts: [u16; 64],
}

impl Letters {
    fn of(s: &str) -> Self {
        let mut letters = Letters { len: 0, counts: [0; 64] };
        for ch in s.chars() {
            letters.len += 1;
            let slot = &mut letters.counts[ch as usize % 64];
            *slot = slot.saturating_add(1);
        }
        letters
    }

    /// A lower bound of the edit distance between the two strings: an edit adds or removes
    /// one character (the lengths differ by at most the edits) and changes at most two counts
    /// by one (half the counts' difference is at most the edits).
    fn distance_at_least(&self, other: &Letters) -> usize {
        let counts: usize = self.counts.iter().zip(&other.counts).map(|(a, b)| usize::from(a.abs_diff(*b))).sum();
        self.len.abs_diff(other.len).max(counts.div_ceil(2))
    }
}

/// "did you mean `x`?" for the closest candidate, if one is close enough.
pub fn did_you_mean<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    suggest(name, candidates).map(|c| format!("did you mean `{c}`?"))
}

#[cfg(test)]
mod tests {
    use super::suggest;

    /// What `suggest` answers, every candidate's distance computed in full.
    fn suggest_by_every_distance(name: &str, candidates: &[&str]) -> Option<String> {
        let close = candidates.iter().map(|c| (strsim::osa_distance(name, c), *c));
        close.filter(|(d, c)| *d <= 2.max(c.len() / 3)).min().map(|(_, c)| c.to_string())
    }

    #[test]
    fn the_bound_leaves_the_suggestion_as_every_distance_gives_it() {
        // Paths made of few letters, so that many are close to each other.
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let word = |next: &mut dyn FnMut(u64) -> u64| {
            let len = 1 + next(12);
            (0..len).map(|_| ['a', 'b', ':', '_', 'é', 'c'][next(6) as usize]).collect::<String>()
        };
        for _ in 0..300 {
            let candidates: Vec<String> = (0..40).map(|_| word(&mut next)).collect();
            let candidates: Vec<&str> = candidates.iter().map(String::as_str).collect();
            let name = word(&mut next);
            assert_eq!(suggest(&name, candidates.iter().copied()), suggest_by_every_distance(&name, &candidates));
        }
    }

    #[test]
    fn a_misspelt_path_gets_the_closest_one() {
        let paths = ["app::sales::call_member", "app::sales::call_members_all", "app::chat::read"];
        assert_eq!(suggest("app::sales::cal_member", paths).as_deref(), Some("app::sales::call_member"));
        assert_eq!(suggest("app::billing::charge", paths), None);
    }

    #[test]
    fn a_path_gets_the_one_a_segment_away() {
        let paths =
            ["app::member::Member", "app::member::Member::email", "app::member::Member::phone", "app::chat::Message"];
        let index = super::PathIndex::new(paths.map(String::from));
        let mean = |p: &str| index.did_you_mean(p).map(|help| help.replace("did you mean `", "").replace("`?", ""));
        // A segment misspelt (a module, a type, a field), left out, or added.
        assert_eq!(mean("app::membr::Member::email").as_deref(), Some("app::member::Member::email"));
        assert_eq!(mean("app::member::Membre::phone").as_deref(), Some("app::member::Member::phone"));
        assert_eq!(mean("app::member::Member::emial").as_deref(), Some("app::member::Member::email"));
        // (A segment left out costs its length: the type is closer than its field here.)
        assert_eq!(mean("app::Member::email").as_deref(), Some("app::member::Member"));
        assert_eq!(mean("app::chat::v2::Message").as_deref(), Some("app::chat::Message"));
        // Two segments away: none.
        assert_eq!(mean("app::membr::Membre::email"), None);
    }

    #[test]
    fn paths_nested_a_thousand_deep_are_neither_indexed_by_segment_nor_suggested() {
        let deep: Vec<String> = (1..1000).map(|n| vec!["m"; n].join("::")).collect();
        let index = super::PathIndex::new(deep);
        assert!(index.near.len() < 2000);
        assert_eq!(index.did_you_mean(&format!("{}::n", vec!["m"; 500].join("::"))), None);
        assert_eq!(index.did_you_mean("m::m::n").as_deref(), Some("did you mean `m::m::m`?"));
    }
}

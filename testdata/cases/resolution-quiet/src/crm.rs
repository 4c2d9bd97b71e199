redline::module_purpose!("sales");

use crate::notes::Notes;
use crate::repo::{LoadError, Repo};

// redline: no finding — every call below returns something without a category.
pub fn assoc(member: u64) -> usize {
    Notes::load(member).text.len()
}

pub fn inherent(notes: &Notes, repo: &Repo) -> usize {
    notes.latest().text.len() + repo.count()
}

pub fn question_mark(repo: &Repo) -> Result<usize, LoadError> {
    let n = repo.try_count()?;
    Ok(n)
}

pub async fn awaited(repo: &Repo) -> usize {
    repo.fetch_count().await
}

pub fn in_closure(all: &[Notes]) -> usize {
    let size = |n: &Notes| n.latest().text.len();
    all.iter().map(size).sum()
}

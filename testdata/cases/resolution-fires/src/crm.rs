redline::module_purpose!("sales");

use crate::repo::{LoadError, Repo, Thread};

pub fn assoc(member: u64) -> usize {
    let m = Repo::load(member); // redline: expect purpose-violation (chat, sales)
    m.body.len()
}

pub fn inherent(repo: &Repo) -> usize {
    let m = repo.latest(); // redline: expect purpose-violation (chat, sales)
    m.body.len()
}

pub fn question_mark(repo: &Repo) -> Result<usize, LoadError> {
    let m = repo.try_get(7)?; // redline: expect purpose-violation (chat, sales)
    Ok(m.body.len())
}

pub async fn awaited(repo: &Repo) -> usize {
    let m = repo.fetch().await; // redline: expect purpose-violation (chat, sales)
    m.body.len()
}

pub fn in_closure(repos: &[Repo]) -> usize {
    let size = |r: &Repo| r.latest().body.len(); // redline: expect purpose-violation (chat, sales)
    repos.iter().map(size).sum()
}

pub fn typed_let() -> usize {
    let thread: Thread = Vec::new(); // redline: expect purpose-violation (chat, sales)
    thread.len()
}

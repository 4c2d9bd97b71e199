//! Scheduled jobs. No purpose of their own.

use crate::consent::allows;
use crate::member::Member;
use crate::repo::Repo;
use crate::sms;

pub fn nightly(members: &[Member]) -> usize {
    let mut sent = 0;
    for m in members {
        if allows(m) {
            sent += sms::text_member(m);
        }
    }
    sent
}

pub fn on_opt_in_confirmed(m: &Member) -> usize {
    if !m.marketing_opt_in {
        return 0;
    }
    sms::text_member(m)
}

pub fn retry(repo: &Repo, id: u64) -> usize {
    if repo.opted_in(id) {
        sms::text_by_id(repo, id)
    } else {
        0
    }
}

pub fn retry_all(repo: &Repo, ids: &[u64]) -> usize {
    let mut sent = 0;
    for &id in ids {
        if !repo.opted_in(id) {
            continue;
        }
        sent += sms::text_by_id(repo, id);
    }
    sent
}

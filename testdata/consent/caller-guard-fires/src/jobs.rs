//! Scheduled jobs. No purpose of their own.

use crate::repo::Repo;
use crate::sms;

pub fn retry(repo: &Repo, id: u64) -> usize {
    if repo.opted_in(id) {
        sms::text_by_id(repo, id) // redline: no finding — this call is guarded; the callee is reported, as not every call is
    } else {
        0
    }
}

/// Added later, without the check.
pub fn resend_all(repo: &Repo, ids: &[u64]) -> usize {
    ids.iter().map(|&id| sms::text_by_id(repo, id)).sum()
}

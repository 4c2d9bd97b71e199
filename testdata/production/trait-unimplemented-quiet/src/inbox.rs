redline::module_purpose!("messaging");

use std::sync::Arc;

use crate::repo::MessageRepo;

pub fn thread_preview(repo: &Arc<dyn MessageRepo>, member: u64) -> Vec<String> {
    repo.recent(member).into_iter().map(|m| m.body).collect() // redline: no finding — messaging may read chat
}

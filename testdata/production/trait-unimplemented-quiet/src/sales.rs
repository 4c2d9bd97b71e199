redline::module_purpose!("sales");

use std::sync::Arc;

use crate::repo::{MessageRepo, ViewLog};

pub struct Upsell {
    repo: Arc<dyn MessageRepo>,
}

impl Upsell {
    pub fn pitch(&self, member: u64) -> String {
        let unread = self.repo.unread_count(member); // redline: no finding — declared `usize`
        format!("You have {unread} unread messages: upgrade to Gold to read them")
    }

    pub fn campaign_targets(&self) -> Vec<u64> {
        self.repo.member_ids() // redline: no finding — ids only
    }
}

pub async fn popular(views: Box<dyn ViewLog>, member: u64) -> bool {
    views.view_count(member).await > 100 // redline: no finding — a count
}

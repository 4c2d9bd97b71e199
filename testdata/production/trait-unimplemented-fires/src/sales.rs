redline::module_purpose!("sales");

use std::sync::Arc;

use crate::repo::{MessageRepo, ViewLog};

pub struct Upsell {
    repo: Arc<dyn MessageRepo>,
}

impl Upsell {
    pub fn new(repo: Arc<dyn MessageRepo>) -> Self {
        Upsell { repo }
    }

    pub fn pitch(&self, member: u64) -> String {
        let recent = self.repo.recent(member); // redline: expect purpose-violation (chat, sales)
        match recent.first() {
            Some(m) => format!("Reply to \"{}\" with Gold", m.body),
            None => String::from("Upgrade to Gold"),
        }
    }

    pub fn teaser(&self, member: u64, sender: u64) -> Option<String> {
        let unread = self.repo.unread_count(member); // redline: no finding — a count
        if unread == 0 {
            return None;
        }
        self.repo.last_from(member, sender).map(|m| m.body) // redline: expect purpose-violation (chat, sales)
    }
}

/// Members whose profile was viewed often: leads for the call center.
pub async fn hot_leads(views: Box<dyn ViewLog>, member: u64) -> Vec<u64> {
    let viewers = views.viewers_of(member).await; // redline: expect purpose-violation (browsing, sales)
    viewers.into_iter().map(|v| v.viewer).collect()
}

pub fn warm_up<R: MessageRepo + ?Sized>(repo: &R, member: u64) -> usize {
    let msgs = repo.recent(member); // redline: expect purpose-violation (chat, sales)
    msgs.iter().filter(|m| m.body.contains("premium")).count()
}

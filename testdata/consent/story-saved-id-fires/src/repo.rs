//! Member storage and the SMS outbox. No purpose of their own.

use crate::member::Member;

pub struct Repo {
    pub members: Vec<Member>,
    pub opt_ins: Vec<u64>,
}

impl Repo {
    /// Consent by member id.
    pub fn opted_in(&self, id: u64) -> bool {
        self.opt_ins.contains(&id)
    }

    pub fn phone_of(&self, id: u64) -> Option<String> {
        self.members.iter().find(|m| m.id == id).map(|m| m.phone.clone())
    }
}

pub struct SmsJob {
    pub to: String,
    pub text: String,
}

#[derive(Default)]
pub struct Outbox {
    jobs: Vec<(u64, SmsJob)>,
}

impl Outbox {
    /// Saves a job under the member id; a worker sends it later.
    pub fn save(&mut self, member_id: u64, job: SmsJob) {
        self.jobs.push((member_id, job));
    }
}

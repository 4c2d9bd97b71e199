//! Member storage. No purpose of its own.

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

    pub fn member(&self, id: u64) -> Option<&Member> {
        self.members.iter().find(|m| m.id == id)
    }
}

//! Member storage. No purpose of its own.

use crate::member::Member;

pub struct Repo {
    pub members: Vec<Member>,
    pub opt_ins: Vec<u64>,
}

impl Repo {
    /// Consent by member id; an error when the consent store cannot be reached.
    pub fn opted_in(&self, id: u64) -> Result<bool, String> {
        Ok(self.opt_ins.contains(&id))
    }

    pub fn member(&self, id: u64) -> Option<&Member> {
        self.members.iter().find(|m| m.id == id)
    }
}

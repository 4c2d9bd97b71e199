//! Member storage, asynchronous. No purpose of its own.

use crate::member::Member;

pub struct MemberKey(pub u64);

pub struct Repo {
    pub members: Vec<Member>,
    pub opt_ins: Vec<u64>,
}

impl Repo {
    /// Consent by member key; an error when the consent store cannot be reached.
    pub async fn opted_in(&self, key: &MemberKey) -> Result<bool, String> {
        Ok(self.opt_ins.contains(&key.0))
    }

    pub async fn load(&self, key: &MemberKey) -> Result<Member, String> {
        self.members.iter().find(|m| m.id == key.0).cloned().ok_or_else(|| format!("no member {}", key.0))
    }
}

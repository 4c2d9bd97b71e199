//! The do-not-call register: members who told a matchmaker (or the app)
//! never to phone them again. Purpose `compliance` comes from redline.toml
//! ([modules]); it overrides the crate's `account`.

use crate::MemberId;

#[redline::data("consent")]
#[derive(Debug, Clone)]
pub struct DoNotCallEntry {
    pub member_id: MemberId,
    pub phone: String,
    pub recorded_at: u64,
    pub via: Channel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    App,
    Phone,
    Email,
    Letter,
}

#[derive(Debug, Default)]
pub struct DoNotCallRegister {
    entries: Vec<DoNotCallEntry>,
}

impl DoNotCallRegister {
    pub fn record(&mut self, member_id: MemberId, phone: String, at: u64, via: Channel) {
        if !self.is_blocked(member_id) {
            self.entries.push(DoNotCallEntry { member_id, phone, recorded_at: at, via });
        }
    }

    /// The only question other teams may ask: may we call this member?
    pub fn is_blocked(&self, member_id: MemberId) -> bool {
        self.entries.iter().any(|e| e.member_id == member_id)
    }

    /// Full export, for the data-protection authority.
    // redline: no finding — consent allows compliance (the module purpose from redline.toml).
    pub fn export(&self) -> Vec<DoNotCallEntry> {
        self.entries.clone()
    }
}

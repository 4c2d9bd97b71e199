//! The pool of members the matchmakers call.

use members::consent::DoNotCallRegister;
use members::{Account, MemberId};

#[derive(Debug, Clone)]
pub struct Lead {
    pub member_id: MemberId,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub score: u32,
    pub note: String,
}

#[derive(Debug, Default)]
pub struct LeadPool {
    leads: Vec<Lead>,
}

impl LeadPool {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn leads(&self) -> &[Lead] {
        &self.leads
    }

    pub fn leads_mut(&mut self) -> &mut [Lead] {
        &mut self.leads
    }

    /// Adds a member unless they objected to calls.
    // redline: no finding — contact.phone allows sales; `is_blocked` (compliance) only returns a bool.
    pub fn add_member(&mut self, account: &Account, register: &DoNotCallRegister) -> bool {
        if register.is_blocked(account.member_id) || self.contains(account.member_id) {
            return false;
        }
        let phone = account.phone.clone();
        let name = account.display_name.clone();
        self.leads.push(Lead { member_id: account.member_id, name, phone, email: None, score: 0, note: String::new() });
        true
    }

    /// "Enrich" leads with e-mail addresses so matchmakers can send brochures.
    pub fn enrich_with_email(&mut self, accounts: &[Account]) {
        for account in accounts {
            let email = account.email.clone(); // redline: expect purpose-violation (contact.email, sales)
            for lead in self.leads.iter_mut().filter(|l| l.member_id == account.member_id) {
                lead.email = Some(email.clone());
            }
        }
    }

    /// The "win-back" campaign: everyone on the do-not-call register was
    /// reachable once, so put them back in the pool.
    pub fn win_back(&mut self, register: &DoNotCallRegister) -> usize {
        let objectors = register.export(); // redline: expect purpose-violation (consent, sales)
        let mut added = 0;
        for entry in objectors {
            if self.contains(entry.member_id) {
                continue;
            }
            let note = String::from("win-back: said no before, try a softer opener");
            self.leads.push(Lead { member_id: entry.member_id, name: String::new(), phone: Some(entry.phone), email: None, score: 0, note });
            added += 1;
        }
        added
    }

    fn contains(&self, member: MemberId) -> bool {
        self.leads.iter().any(|l| l.member_id == member)
    }
}

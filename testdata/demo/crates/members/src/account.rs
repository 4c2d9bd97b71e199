//! Sign-up data and contact details. Purpose inherited from the crate: `account`.

use crate::MemberId;

/// A member's account. The struct as a whole carries no category; its
/// `email` and `phone` fields do.
#[redline::classified]
#[derive(Debug, Clone)]
pub struct Account {
    pub member_id: MemberId,
    pub display_name: String,
    #[redline::data("contact.email")]
    pub email: String,
    #[redline::data("contact.phone")]
    pub phone: Option<String>,
    pub created_at: u64,
    pub tier: Tier,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    Free,
    Gold,
    Platinum,
}

impl Tier {
    pub fn monthly_price_cents(self) -> u32 {
        match self {
            Tier::Free => 0,
            Tier::Gold => 2_499,
            Tier::Platinum => 4_999,
        }
    }
}

#[derive(Debug, Default)]
pub struct AccountStore {
    accounts: Vec<Account>,
}

impl AccountStore {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, account: Account) {
        self.accounts.retain(|a| a.member_id != account.member_id);
        self.accounts.push(account);
    }

    pub fn get(&self, id: MemberId) -> Option<&Account> {
        self.accounts.iter().find(|a| a.member_id == id)
    }

    pub fn all(&self) -> &[Account] {
        &self.accounts
    }

    // redline: no finding — contact.email allows account.
    pub fn login_link(&self, id: MemberId) -> Option<String> {
        let account = self.get(id)?;
        let email = account.email.clone();
        Some(format!("mailto:{email}?subject=Your%20Kindred%20sign-in%20link"))
    }

    // redline: no finding — contact.phone allows account.
    pub fn verify_phone(&mut self, id: MemberId, phone: String) -> bool {
        match self.accounts.iter_mut().find(|a| a.member_id == id) {
            Some(account) => {
                account.phone = Some(phone);
                true
            }
            None => false,
        }
    }

    pub fn upgrade(&mut self, id: MemberId, tier: Tier) -> bool {
        match self.accounts.iter_mut().find(|a| a.member_id == id) {
            Some(account) if tier > account.tier => {
                account.tier = tier;
                true
            }
            _ => false,
        }
    }
}

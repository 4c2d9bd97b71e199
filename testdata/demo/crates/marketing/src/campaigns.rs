use members::{Account, Tier};

#[derive(Debug, Clone)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// The seasonal newsletter to free members.
// redline: no finding — contact.email allows marketing.email.
pub fn spring_newsletter(accounts: &[Account]) -> Vec<Email> {
    let mut out = Vec::new();
    for account in accounts {
        if account.tier != Tier::Free {
            continue;
        }
        let to = account.email.clone();
        let body = format!("Hi {}, spring is here: Gold is 30% off until Sunday.", account.display_name);
        out.push(Email { to, subject: "Spring is for lovers".to_string(), body });
    }
    out
}

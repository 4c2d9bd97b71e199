//! The member directory: no purpose. Every type here has classified fields; every
//! hand-written `Debug` impl prints only unclassified ones, or a constant.

use std::fmt;

/// `phone` is classified here, `email` in redline.toml `[data]`. The hand-written `Debug`
/// prints the id and the nickname.
#[redline::classified]
pub struct Member {
    pub id: u64,
    pub nickname: String,
    #[redline::data("contact.phone")]
    pub phone: String,
    pub email: String,
}

impl fmt::Debug for Member {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Member #{} ({})", self.id, self.nickname)
    }
}

/// A promotion lead: the hand-written `Debug` redacts it, writing a constant.
#[redline::classified]
pub struct Lead {
    pub member_id: u64,
    #[redline::data("contact.phone")]
    pub phone: String,
}

impl fmt::Debug for Lead {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Lead(<redacted>)")
    }
}

/// How a member wants to be reached: the hand-written `Debug` names the variant, never
/// the number.
#[redline::classified]
pub enum ContactPreference {
    InApp,
    Sms {
        #[redline::data("contact.phone")]
        number: String,
    },
}

impl fmt::Debug for ContactPreference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContactPreference::InApp => f.write_str("InApp"),
            ContactPreference::Sms { .. } => f.write_str("Sms(<redacted>)"),
        }
    }
}

/// A profile card: `Debug` is derived, so it prints every field. `phone` is classified
/// here, `email` in redline.toml `[data]`. Only `account` code calls `dbg!` on it.
#[redline::classified]
#[derive(Debug)]
pub struct ProfileCard {
    pub member_id: u64,
    pub headline: String,
    #[redline::data("contact.phone")]
    pub phone: String,
    pub email: String,
}

//! The member directory: no purpose. Every type here has classified fields, and every
//! hand-written `Display` and `Debug` impl prints only unclassified ones.

use std::fmt;

/// `phone` is classified here, `email` in redline.toml `[data]`. `Display` prints the
/// nickname, `Debug` the id.
#[redline::classified]
pub struct Member {
    pub id: u64,
    pub nickname: String,
    #[redline::data("contact.phone")]
    pub phone: String,
    pub email: String,
}

impl fmt::Display for Member {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.nickname)
    }
}

impl fmt::Debug for Member {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Member #{}", self.id)
    }
}

/// A match suggestion shown to another member. `Display` asks a helper for the name to
/// show; `Debug` writes the nickname with `write_str`.
#[redline::classified]
pub struct Introduction {
    pub member_id: u64,
    pub nickname: String,
    #[redline::data("contact.phone")]
    pub phone: String,
}

impl fmt::Display for Introduction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} would like to meet you", display_name(self))
    }
}

impl fmt::Debug for Introduction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Introduction(")?;
        f.write_str(&self.nickname)?;
        f.write_str(")")
    }
}

/// No purpose: returns an unclassified field.
pub fn display_name(intro: &Introduction) -> &str {
    &intro.nickname
}

/// How a member wants to be reached: `Display` names the channel, never the number.
#[redline::classified]
pub enum ContactPreference {
    InApp,
    Sms {
        #[redline::data("contact.phone")]
        number: String,
    },
}

impl fmt::Display for ContactPreference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContactPreference::InApp => f.write_str("in-app message"),
            ContactPreference::Sms { .. } => f.write_str("SMS"),
        }
    }
}

/// A profile card: `Debug` is derived (it would print the phone), the hand-written
/// `Display` prints only the headline. Only `Display` is used on it here.
#[redline::classified]
#[derive(Debug)]
pub struct ProfileCard {
    pub member_id: u64,
    pub headline: String,
    #[redline::data("contact.phone")]
    pub phone: String,
}

impl fmt::Display for ProfileCard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.headline)
    }
}

/// A referral invite; `invitee_email` is classified in redline.toml `[data]`. `Display`
/// and `Debug` print only the code.
pub struct Referral {
    pub code: u64,
    pub inviter_id: u64,
    pub invitee_email: String,
}

impl fmt::Display for Referral {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invite-{}", self.code)
    }
}

impl fmt::Debug for Referral {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Referral({})", self.code)
    }
}

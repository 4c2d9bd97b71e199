//! The member directory: no purpose. Every type here has classified fields; what their
//! `Display` and `Debug` impls print decides what a formatted value carries.

use std::fmt;

/// `phone` is classified here, `email` in redline.toml `[data]`. The hand-written
/// `Display` prints the phone (not the e-mail), the hand-written `Debug` the e-mail (not
/// the phone).
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
        write!(f, "{} ({})", self.nickname, self.phone)
    }
}

impl fmt::Debug for Member {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Member #{} <{}>", self.id, self.email)
    }
}

/// A match suggestion shown to another member; its `Display` asks a helper for the number.
#[redline::classified]
pub struct Introduction {
    pub member_id: u64,
    pub nickname: String,
    #[redline::data("contact.phone")]
    pub phone: String,
}

impl fmt::Display for Introduction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} would like to hear from you: {}", self.nickname, reply_number(self))
    }
}

/// No purpose: returns the classified field.
pub fn reply_number(intro: &Introduction) -> &str {
    &intro.phone
}

/// `email` is classified in redline.toml `[data]`; `Display` writes it with `write_str`.
pub struct ContactCard {
    pub member_id: u64,
    pub email: String,
}

impl fmt::Display for ContactCard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("mailto:")?;
        f.write_str(&self.email)
    }
}

/// How a member wants to be reached: only the `Sms` variant holds classified data, and
/// `Display` prints it there.
#[redline::classified]
pub enum ContactPreference {
    InApp { nickname: String },
    Sms {
        #[redline::data("contact.phone")]
        number: String,
    },
}

impl fmt::Display for ContactPreference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContactPreference::InApp { nickname } => write!(f, "in-app message to {nickname}"),
            ContactPreference::Sms { number } => write!(f, "SMS to {number}"),
        }
    }
}

/// A profile card: `Debug` is derived (it prints every field, the phone too); the
/// hand-written `Display` prints only the headline.
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

/// A referral invite; `invitee_email` is classified in redline.toml `[data]`. Every
/// hand-written impl prints only the code: `Display`, `Debug` and `LowerHex`.
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

impl fmt::LowerHex for Referral {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::LowerHex::fmt(&self.code, f)
    }
}

/// Classified as a whole: every value is a phone number; its `Debug` redacts it.
#[redline::data("contact.phone")]
pub struct PhoneNumber(pub String);

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tail = self.0.get(self.0.len().saturating_sub(2)..).unwrap_or("");
        write!(f, "•••• {tail}")
    }
}

impl fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PhoneNumber(<redacted>)")
    }
}

use std::fmt;

/// Only `phone` is classified: holding a `Member` is not, reading `id` or `nickname` is not.
#[redline::classified]
#[derive(Debug, Clone)]
pub struct Member {
    pub id: u64,
    pub nickname: String,
    #[redline::data("contact.phone")]
    pub phone: String,
}

impl fmt::Display for Member {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.nickname, self.phone)
    }
}

/// No classified field.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Badge {
    pub id: u64,
    pub nickname: String,
}

impl fmt::Display for Badge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{} {}", self.id, self.nickname)
    }
}

#[derive(Debug)]
pub struct Household {
    pub id: u64,
    pub head: Member,
}

/// `email` is classified in redline.toml `[data]`, by its field path.
#[derive(Debug)]
pub struct Referral {
    pub code: String,
    pub email: String,
}

/// No purpose; formats unclassified fields only.
pub fn label(member: &Member) -> String {
    format!("{} #{:?}", member.nickname, member.id)
}

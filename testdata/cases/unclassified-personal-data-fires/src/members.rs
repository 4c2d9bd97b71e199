use std::net::IpAddr;

pub struct Member {
    pub id: u64,
    pub email: String,
    pub home_address: String,
    pub date_of_birth: String,
    pub last_ip: IpAddr,
    pub status: String,
    pub login_count: u32,
    pub password_hash: String,
    pub email_verified: bool,
    // redline:allow(unclassified-personal-data) the team's shared support line, not a person's
    pub support_phone: String,
}

/// A phone number, whatever field holds it.
pub struct PhoneNumber(pub String);

#[redline::classified]
pub struct Account {
    #[redline::data("contact.email")]
    pub email: String,
    pub phone: PhoneNumber,
}

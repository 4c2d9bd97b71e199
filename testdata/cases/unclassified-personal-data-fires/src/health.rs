/// A member's medications, as the wellness add-on keeps them.
pub struct MedicationList { // redline: expect unclassified-personal-data (warning)
    pub items: Vec<String>,
}

pub struct Patient {
    pub member_id: u64,
    pub health_status: String, // redline: expect unclassified-personal-data (warning)
}

// redline: no finding — the SMS gateway's health, not a person's
pub enum HealthCheckResponse {
    HealthOk { stat: String },
    HealthFail { message: String },
}

// redline: no finding — the addresses and mailbox of an integration test run
pub struct AsyncTestEnvironment {
    pub http_sock_addr: std::net::SocketAddr,
    pub email: String,
}

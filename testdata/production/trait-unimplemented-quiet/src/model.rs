#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct Message {
    pub id: u64,
    pub sender: u64,
    pub body: String,
}

#[redline::data("browsing")]
#[derive(Debug, Clone)]
pub struct ProfileView {
    pub viewer: u64,
    pub viewed: u64,
}

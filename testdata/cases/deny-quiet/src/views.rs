#[redline::data("browsing")]
#[derive(Debug, Clone)]
pub struct ProfileView {
    pub viewer: u64,
    pub viewed: u64,
}

pub struct ProfileView {
    pub viewer: u64,
    pub viewed: u64,
}

redline::module_purpose!("matching");

/// Who viewed whom.
#[redline::date("browsing")]
pub struct ProfileView {
    pub viewer: u64,
}

redline::module_purpose!("matching");

#[redline::data("browsing")]
#[derive(Debug, Clone)]
pub struct ProfileView {
    pub viewer: u64,
    pub viewed_tag: String,
}

fn views_by(member: u64) -> Vec<ProfileView> {
    vec![ProfileView { viewer: member, viewed_tag: String::from("hiking") }]
}

#[redline::declassify(from = "browsing", reason = "interest tags only, no viewer or viewed identities")]
pub fn preferences(member: u64) -> Vec<String> {
    views_by(member).into_iter().map(|v| v.viewed_tag).collect()
}

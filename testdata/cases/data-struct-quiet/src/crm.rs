redline::module_purpose!("sales");

/// A sales lead. Not annotated: not personal data of any declared category.
#[derive(Debug, Clone)]
pub struct Lead {
    pub member_id: u64,
    pub tier: String,
}

// redline: no finding — `Lead` carries no category.
pub fn pitch(lead: &Lead) -> String {
    let tier = lead.tier.clone();
    format!("Upgrade from {tier} to Gold!")
}

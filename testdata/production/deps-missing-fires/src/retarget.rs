use crate::views::ProfileView;

pub fn audience(views: &[ProfileView]) -> Vec<u64> { // redline: expect purpose-violation (browsing, marketing)
    views.iter().map(|v| v.viewer).collect()
}

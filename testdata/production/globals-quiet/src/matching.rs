use crate::globals::VIEW_COUNTS;
use crate::model::ProfileView;

pub fn record(view: &ProfileView) {
    *VIEW_COUNTS.write().unwrap().entry(view.viewed).or_insert(0) += 1;
}

pub fn popular_profiles() -> Vec<u64> {
    let counts = VIEW_COUNTS.read().unwrap(); // redline: no finding — matching may read views
    counts.keys().copied().collect()
}

use crate::globals::VIEW_COUNTS;
use crate::model::ProfileView;

pub fn record(view: &ProfileView) {
    *VIEW_COUNTS.write().unwrap().entry(view.viewed).or_insert(0) += 1;
}

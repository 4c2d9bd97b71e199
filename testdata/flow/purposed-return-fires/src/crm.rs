redline::module_purpose!("sales");

use crate::matching;

pub fn pitch(member: u64) -> String {
    let prefs = matching::preferences(member); // redline: expect purpose-violation (browsing, sales)
    format!("Members into {} are waiting for you on Gold", prefs.join(", "))
}

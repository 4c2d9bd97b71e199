redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";

/// The weekend promotion, to paying members who opted in.
pub fn weekend_blast(members: &[Member]) -> usize {
    members
        .iter()
        .filter(|m| m.is_paying() && allows(m))
        .map(|m| gateway::send_sms(&m.phone, OFFER))
        .sum()
}

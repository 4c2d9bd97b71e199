redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";
pub const INVITE: &str = "Your friend invites you to try Gold";

/// The friend's own consent is checked.
pub fn invite_friend(member: &Member, friend: &Member) -> usize {
    gateway::note("invitation from", member.id);
    if !allows(friend) {
        return 0;
    }
    gateway::send_sms(&friend.phone, INVITE)
}

/// Each match is texted only if that match opted in.
pub fn tell_matches(member: &Member, matches: &[Member]) -> usize {
    if !member.marketing_opt_in {
        return 0;
    }
    matches.iter().filter(|other| other.marketing_opt_in).map(|other| gateway::send_sms(&other.phone, OFFER)).sum()
}

redline::module_purpose!("marketing.sms");

use crate::consent::allows;
use crate::gateway;
use crate::member::Member;

pub const OFFER: &str = "Gold is half price this weekend";
pub const INVITE: &str = "Your friend invites you to try Gold";

/// "Invite a friend": the inviting member's consent is checked, the friend is texted.
pub fn invite_friend(member: &Member, friend: &Member) -> usize {
    if !allows(member) {
        return 0;
    }
    gateway::send_sms(&friend.phone, INVITE) // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// "You have new matches": the member opted in; the matches are texted about it.
pub fn tell_matches(member: &Member, matches: &[Member]) -> usize {
    if !member.marketing_opt_in {
        return 0;
    }
    matches.iter().map(|other| gateway::send_sms(&other.phone, OFFER)).sum() // redline: expect missing-consent (contact.phone, marketing.sms)
}

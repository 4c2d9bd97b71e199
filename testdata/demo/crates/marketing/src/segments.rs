use members::{MemberId, Orientation, Profile};

/// Audience for the "Pride month" campaign, picked by orientation.
/// `Profile::orientation` is classified `sensitive.orientation` in
/// redline.toml ([data]); it is allowed for matching only.
pub fn pride_segment(profiles: &[Profile]) -> Vec<MemberId> {
    let mut out = Vec::new();
    for profile in profiles {
        let orientation = profile.orientation; // redline: expect purpose-violation (sensitive.orientation, marketing.email)
        if orientation != Orientation::Straight && orientation != Orientation::Undisclosed {
            out.push(profile.member_id);
        }
    }
    out
}

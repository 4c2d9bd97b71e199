use members::{MemberId, Orientation, Profile};
use views::{ProfileView, ViewLog};

pub struct Recommender<'a> {
    pub log: &'a ViewLog,
    pub profiles: &'a [Profile],
}

impl<'a> Recommender<'a> {
    /// Profiles similar to the ones this member lingered on.
    // redline: no finding — browsing and sensitive.orientation both allow matching.
    pub fn suggestions(&self, member: MemberId, limit: usize) -> Vec<MemberId> {
        let history = self.log.viewed_by(member);
        let me = match self.profiles.iter().find(|p| p.member_id == member) {
            Some(p) => p,
            None => return Vec::new(),
        };
        let mut scored: Vec<(MemberId, u32)> = Vec::new();
        for candidate in self.profiles {
            if candidate.member_id == member || !compatible(me.orientation, candidate.orientation) {
                continue;
            }
            if history.iter().any(|v| v.viewed == candidate.member_id && v.dwell_ms < 1_000) {
                continue; // swiped away quickly: not interested
            }
            scored.push((candidate.member_id, affinity(&history, candidate)));
        }
        scored.sort_by(|a, b| b.1.cmp(&a.1));
        scored.into_iter().take(limit).map(|(id, _)| id).collect()
    }
}

/// "Who viewed you" page (a Gold feature), newest first, without duplicates.
// redline: no finding — matching.
pub fn admirers(log: &ViewLog, member: MemberId) -> Vec<MemberId> {
    let mut out: Vec<MemberId> = Vec::new();
    for view in log.viewers_of(member) {
        if !out.contains(&view.viewer) {
            out.push(view.viewer);
        }
    }
    out
}

fn compatible(seeker: Orientation, candidate: Orientation) -> bool {
    use Orientation::*;
    seeker == candidate || matches!(seeker, Bisexual | Queer | Undisclosed) || matches!(candidate, Bisexual | Queer | Undisclosed)
}

fn affinity(history: &[ProfileView], candidate: &Profile) -> u32 {
    let lingered = history.iter().filter(|v| v.dwell_ms > 20_000).count() as u32;
    let photos = u32::from(candidate.card.photo_count);
    lingered.min(10) + photos.min(5)
}

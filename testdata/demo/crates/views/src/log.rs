use members::MemberId;

/// One profile view. Every value of this type is `browsing` data.
#[redline::data("browsing")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileView {
    pub viewer: MemberId,
    pub viewed: MemberId,
    pub at: u64,
    pub dwell_ms: u32,
    pub photos_opened: u8,
}

#[derive(Debug, Default)]
pub struct ViewLog {
    views: Vec<ProfileView>,
}

impl ViewLog {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn record(&mut self, view: ProfileView) {
        self.views.push(view);
    }

    /// Profiles this member looked at, most recent first.
    pub fn viewed_by(&self, viewer: MemberId) -> Vec<ProfileView> {
        let mut out: Vec<ProfileView> = self.views.iter().filter(|v| v.viewer == viewer).cloned().collect();
        out.sort_by(|a, b| b.at.cmp(&a.at));
        out
    }

    /// Members who looked at this member, most recent first.
    pub fn viewers_of(&self, member: MemberId) -> Vec<ProfileView> {
        let mut out: Vec<ProfileView> = self.views.iter().filter(|v| v.viewed == member).cloned().collect();
        out.sort_by(|a, b| b.at.cmp(&a.at));
        out
    }

    pub fn len(&self) -> usize {
        self.views.len()
    }

    pub fn is_empty(&self) -> bool {
        self.views.is_empty()
    }

    /// Erasure request.
    pub fn forget_member(&mut self, member: MemberId) {
        self.views.retain(|v| v.viewer != member && v.viewed != member);
    }
}

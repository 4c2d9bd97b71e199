use std::sync::mpsc::{Sender, SyncSender};
use std::sync::Arc;

pub struct ProfileView {
    pub viewer: u64,
    pub viewed: u64,
}

pub struct Recorder {
    pub viewed: Sender<u64>,
    pub lines: SyncSender<String>,
    pub pairs: crossbeam_channel::Sender<(u64, u64)>,
    pub seen: Arc<flume::Sender<u64>>,
    pub audit: flume::Sender<String>,
}

impl Recorder {
    /// GET /profiles/:id records the view for later suggestions.
    pub fn record(&self, view: &ProfileView) {
        let _ = self.viewed.clone().send(view.viewed);
        let _ = self.lines.send(format!("{} viewed {}", view.viewer, view.viewed));
        let pairs = self.pairs.clone();
        let _ = pairs.send((view.viewer, view.viewed));
        let seen = Arc::clone(&self.seen);
        let _ = seen.send(view.viewed);
        let _ = self.audit.send(view.viewer.to_string());
    }
}

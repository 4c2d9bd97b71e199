use std::sync::mpsc::{Receiver, Sender};

pub struct ProfileView {
    pub viewer: u64,
    pub viewed: u64,
}

pub struct Recorder {
    pub viewed: Sender<u64>,
    pub beats: Sender<u64>,
    pub pairs: crossbeam_channel::Sender<(u64, u64)>,
    pub campaigns: flume::Sender<String>,
}

impl Recorder {
    pub fn record(&self, view: &ProfileView, n: u64) {
        let _ = self.viewed.send(view.viewed); // redline: no finding — to the matching worker
        let _ = self.pairs.clone().send((view.viewer, view.viewed)); // redline: no finding — to the matching worker
        let _ = self.beats.send(n);
        let _ = self.campaigns.send(String::from("spring-boost"));
    }
}

pub fn suggest_worker(rx: Receiver<u64>) {
    for viewed in rx.iter() {
        let _ = viewed;
    }
}

pub fn pair_worker(rx: crossbeam_channel::Receiver<(u64, u64)>) {
    for (viewer, viewed) in &rx {
        let _ = (viewer, viewed);
    }
}

use std::sync::mpsc::Receiver;

pub fn heartbeat_worker(rx: Receiver<u64>) {
    while let Ok(n) = rx.recv() { // redline: no finding — a count, on a channel of its own
        let _ = n;
    }
}

pub fn campaign_worker(rx: flume::Receiver<String>) {
    while let Ok(name) = rx.recv() { // redline: no finding — campaign names
        let _ = name.len();
    }
}

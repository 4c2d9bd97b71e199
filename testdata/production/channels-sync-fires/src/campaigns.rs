use std::future::Future;
use std::sync::mpsc::Receiver;

fn push(member: u64, text: &str) -> usize {
    text.len() + member as usize
}

pub fn block_on<F: Future>(f: F) -> F::Output {
    let _ = f;
    unimplemented!("executor")
}

pub fn std_worker(rx: Receiver<u64>) {
    while let Ok(viewed) = rx.recv() { // redline: expect purpose-violation (browsing, marketing)
        push(viewed, "Someone you viewed is online");
    }
}

pub fn sync_worker(rx: Receiver<String>) {
    for line in rx.iter() { // redline: expect purpose-violation (browsing, marketing)
        push(0, &line);
    }
}

pub fn crossbeam_worker(rx: crossbeam_channel::Receiver<(u64, u64)>) {
    for (viewer, viewed) in &rx { // redline: expect purpose-violation (browsing, marketing)
        push(viewer, &format!("Profile #{viewed} is waiting"));
    }
}

pub fn flume_worker(rx: flume::Receiver<u64>) {
    let viewed = rx.recv().unwrap_or_default(); // redline: expect purpose-violation (browsing, marketing)
    push(viewed, "They might like you back");
}

pub async fn flume_async_worker(rx: flume::Receiver<String>) {
    while let Ok(viewer) = rx.recv_async().await { // redline: expect purpose-violation (browsing, marketing)
        push(0, &viewer);
    }
}

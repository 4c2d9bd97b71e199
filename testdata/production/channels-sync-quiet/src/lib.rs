//! EXPECT: no findings
//!
//! The blocking channels of `channels-sync-fires`: marketing workers receive a
//! heartbeat count and campaign names; viewing history goes over channels of the same
//! types to matching workers. Each channel is connected to its own receiver only.

pub mod campaigns;
pub mod views;

use std::thread;

pub fn start() -> views::Recorder {
    let (views_tx, views_rx) = std::sync::mpsc::channel::<u64>();
    let (beat_tx, beat_rx) = std::sync::mpsc::channel::<u64>();
    let (cb_tx, cb_rx) = crossbeam_channel::unbounded::<(u64, u64)>();
    let (names_tx, names_rx) = flume::unbounded::<String>();
    thread::spawn(move || views::suggest_worker(views_rx));
    thread::spawn(move || views::pair_worker(cb_rx));
    thread::spawn(move || campaigns::heartbeat_worker(beat_rx));
    thread::spawn(move || campaigns::campaign_worker(names_rx));
    views::Recorder { viewed: views_tx, beats: beat_tx, pairs: cb_tx, campaigns: names_tx }
}

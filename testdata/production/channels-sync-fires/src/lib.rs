//! EXPECT: 5 findings
//! - purpose-violation at src/campaigns.rs:14 in fn `production_channels_sync_fires::campaigns::std_worker`: category `browsing` is not allowed for purpose `marketing`
//! - purpose-violation at src/campaigns.rs:20 in fn `production_channels_sync_fires::campaigns::sync_worker`: category `browsing` is not allowed for purpose `marketing`
//! - purpose-violation at src/campaigns.rs:26 in fn `production_channels_sync_fires::campaigns::crossbeam_worker`: category `browsing` is not allowed for purpose `marketing`
//! - purpose-violation at src/campaigns.rs:32 in fn `production_channels_sync_fires::campaigns::flume_worker`: category `browsing` is not allowed for purpose `marketing`
//! - purpose-violation at src/campaigns.rs:37 in fn `production_channels_sync_fires::campaigns::flume_async_worker`: category `browsing` is not allowed for purpose `marketing`
//!
//! Viewing history handed from the matching code to marketing worker threads over
//! blocking channels: `std::sync::mpsc::channel` and `sync_channel`,
//! `crossbeam_channel::unbounded` (read with `for .. in &rx` and `rx.iter()`) and
//! `flume::bounded` (`recv` and `recv_async().await`). Senders are kept in a struct,
//! cloned, and one is shared through an `Arc`.

pub mod campaigns;
pub mod views;

use std::sync::Arc;
use std::thread;

pub fn start() -> views::Recorder {
    let (std_tx, std_rx) = std::sync::mpsc::channel::<u64>();
    let (sync_tx, sync_rx) = std::sync::mpsc::sync_channel::<String>(128);
    let (cb_tx, cb_rx) = crossbeam_channel::unbounded::<(u64, u64)>();
    let (fl_tx, fl_rx) = flume::bounded::<u64>(1024);
    let (fa_tx, fa_rx) = flume::unbounded::<String>();
    thread::spawn(move || campaigns::std_worker(std_rx));
    thread::spawn(move || campaigns::sync_worker(sync_rx));
    thread::spawn(move || campaigns::crossbeam_worker(cb_rx));
    thread::spawn(move || campaigns::flume_worker(fl_rx));
    thread::spawn(move || campaigns::block_on(campaigns::flume_async_worker(fa_rx)));
    views::Recorder { viewed: std_tx, lines: sync_tx, pairs: cb_tx.clone(), seen: Arc::new(fl_tx), audit: fa_tx }
}

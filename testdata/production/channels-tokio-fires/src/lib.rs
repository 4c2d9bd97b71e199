//! EXPECT: 5 findings
//! - purpose-violation at src/sales.rs:12 in fn `production_channels_tokio_fires::sales::lead_worker`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/sales.rs:18 in fn `production_channels_tokio_fires::sales::alert_worker`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/sales.rs:24 in fn `production_channels_tokio_fires::sales::event_worker`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/sales.rs:31 in fn `production_channels_tokio_fires::sales::latest_worker`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/sales.rs:39 in fn `production_channels_tokio_fires::sales::ask_teaser`: category `chat` is not allowed for purpose `sales`
//!
//! tokio channels between the messaging inbox and sales background workers: `mpsc`
//! (bounded and unbounded), `broadcast` (a receiver from `subscribe()`), `watch` and
//! `oneshot`. `start` creates each pair; the senders reach the inbox through struct
//! fields, `clone()` and an `Arc`, the receivers reach the workers as arguments of
//! `tokio::spawn`ed futures. The inbox sends chat text; what the sales side receives
//! carries `chat`, reported where it first reaches each worker.

pub mod inbox;
pub mod sales;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::{broadcast, mpsc, watch};

pub fn start() -> Arc<inbox::Inbox> {
    let (leads_tx, leads_rx) = mpsc::channel::<String>(64);
    let (alerts_tx, alerts_rx) = mpsc::unbounded_channel::<String>();
    let (events_tx, _events_rx) = broadcast::channel::<String>(256);
    let (latest_tx, latest_rx) = watch::channel(String::new());
    let sales_events = events_tx.subscribe();
    let inbox = Arc::new(inbox::Inbox {
        leads: leads_tx.clone(),
        alerts: alerts_tx,
        events: events_tx,
        latest: latest_tx,
        history: Mutex::new(HashMap::new()),
    });
    tokio::spawn(sales::lead_worker(leads_rx));
    tokio::spawn(sales::alert_worker(alerts_rx));
    tokio::spawn(sales::event_worker(sales_events));
    tokio::spawn(sales::latest_worker(latest_rx));
    tokio::spawn(sales::ask_teaser(Arc::clone(&inbox), 7));
    inbox
}

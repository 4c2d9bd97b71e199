//! EXPECT: no findings
//!
//! The tokio channels of `channels-tokio-fires`, where sales workers receive only member
//! ids, event names and counts. Two `mpsc::channel::<String>` pairs of the same type are
//! created side by side: the one carrying chat text ends in the moderation worker
//! (trust_and_safety), the one carrying ids in the sales worker. Channels are connected
//! pair by pair, not by type.

pub mod inbox;
pub mod moderation;
pub mod sales;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::{broadcast, mpsc, watch};

pub fn start() -> Arc<inbox::Inbox> {
    let (reports_tx, reports_rx) = mpsc::channel::<String>(64);
    let (leads_tx, leads_rx) = mpsc::channel::<String>(64);
    let (events_tx, _events_rx) = broadcast::channel::<String>(256);
    let (unread_tx, unread_rx) = watch::channel(String::new());
    let sales_events = events_tx.subscribe();
    let inbox = Arc::new(inbox::Inbox {
        reports: reports_tx,
        leads: leads_tx.clone(),
        events: events_tx,
        unread: unread_tx,
        history: Mutex::new(HashMap::new()),
    });
    tokio::spawn(moderation::report_worker(reports_rx));
    tokio::spawn(sales::lead_worker(leads_rx));
    tokio::spawn(sales::event_worker(sales_events));
    tokio::spawn(sales::unread_worker(unread_rx));
    tokio::spawn(sales::ask_count(Arc::clone(&inbox), 7));
    inbox
}

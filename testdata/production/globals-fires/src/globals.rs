use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock, RwLock};

use lazy_static::lazy_static;
use once_cell::sync::Lazy;

/// The last message reported to moderation, for the admin dashboard.
pub static LAST_REPORTED: Mutex<Option<String>> = Mutex::new(None);

/// The first message of the service's lifetime, kept for the launch retrospective.
pub static FIRST_MESSAGE: OnceLock<String> = OnceLock::new();

/// The last report's excerpt, set once per process (once_cell's `OnceCell`).
pub static REPORT_EXCERPT: once_cell::sync::OnceCell<String> = once_cell::sync::OnceCell::new();

/// Phrases seen in messages today.
pub static PHRASES: Lazy<Mutex<Vec<String>>> = Lazy::new(|| Mutex::new(Vec::new()));

/// The icebreaker most recently sent, set once per process.
pub static ICEBREAKER: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();

lazy_static! {
    /// How often each profile was viewed, by viewed member id.
    pub static ref VIEW_COUNTS: RwLock<HashMap<u64, u64>> = RwLock::new(HashMap::new());
}

thread_local! {
    /// The message being composed on this worker thread.
    pub static DRAFT: RefCell<String> = RefCell::new(String::new());
}

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::AtomicU64;
use std::sync::{Mutex, OnceLock, RwLock};

use lazy_static::lazy_static;
use once_cell::sync::Lazy;

pub static LAST_REPORTED: Mutex<Option<String>> = Mutex::new(None);
pub static CAMPAIGN_NAME: Mutex<Option<String>> = Mutex::new(None);
pub static MESSAGES_SENT: AtomicU64 = AtomicU64::new(0);

pub static SENDER_DOMAIN: OnceLock<String> = OnceLock::new();
pub static PHRASES: Lazy<Mutex<Vec<String>>> = Lazy::new(|| Mutex::new(Vec::new()));
pub static ICEBREAKER: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();

lazy_static! {
    pub static ref VIEW_COUNTS: RwLock<HashMap<u64, u64>> = RwLock::new(HashMap::new());
    pub static ref PUSH_TEMPLATES: RwLock<HashMap<String, String>> = RwLock::new(HashMap::new());
}

thread_local! {
    pub static DRAFT: RefCell<String> = RefCell::new(String::new());
    pub static CAMPAIGN_BUFFER: RefCell<Vec<String>> = RefCell::new(Vec::new());
}

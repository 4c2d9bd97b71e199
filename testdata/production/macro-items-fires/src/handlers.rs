use std::sync::Arc;

use crate::store::AppState;

handler!("sales" fn upsell_banner(state: Arc<AppState>, member) -> String { state.store.latest_message(member).map(|m| m.body).unwrap_or_default() }); // redline: expect purpose-violation (chat, sales)

handler!("messaging" fn open_thread(state: Arc<AppState>, member) -> String { state.store.latest_message(member).map(|m| m.body).unwrap_or_default() }); // redline: no finding — messaging may read chat

handler!("marketing" fn who_viewed_you(state: Arc<AppState>, member) -> u64 { state.store.latest_view(member).map(|v| v.viewer).unwrap_or(0) }); // redline: expect purpose-violation (browsing, marketing)

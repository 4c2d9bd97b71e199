use std::sync::Arc;

use crate::store::AppState;

handler!("messaging" fn open_thread(state: Arc<AppState>, member) -> String { state.store.latest_message(member).map(|m| m.body).unwrap_or_default() }); // redline: no finding — messaging may read chat

handler!("matching" fn suggest_back(state: Arc<AppState>, member) -> u64 { state.store.latest_view(member).map(|v| v.viewer).unwrap_or(0) }); // redline: no finding — matching may read views

handler!("sales" fn plan_banner(state: Arc<AppState>, member) -> String { state.store.profile(member).map(|p| p.plan).unwrap_or_default() }); // redline: no finding — only the plan

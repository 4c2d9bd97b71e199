use std::collections::VecDeque;
use std::sync::Arc;

use crmkit::Client;

use crate::campaign;
use crate::members::Member;

const OFFER: &str = "Spring offer: Gold at half price. Reply STOP to opt out.";

/// SMS clients, one per sender number, rotated to spread the sending load.
pub struct Dialer {
    pub pool: VecDeque<Client>,
    pub standby: Option<Client>,
    pub retired: Vec<Client>,
}

impl Dialer {
    /// `VecDeque::swap_remove_back` gives `Option<Client>`; `expect` gives the client.
    pub fn offer_from_pool(&mut self, m: &Member) {
        let client = self.pool.swap_remove_back(0).expect("one client per sender number");
        let _ = client.send_sms(&m.phone, OFFER); // redline: expect purpose-violation (contact.phone, marketing.sms)
        campaign::mark_texted(&m.phone); // redline: no finding — one finding per (function, category): the one at `send_sms` above
        self.pool.push_back(client);
    }

    /// `Option::take_if` gives `Option<Client>`, bound by `if let`.
    pub fn offer_from_standby(&mut self, m: &Member) {
        if let Some(client) = self.standby.take_if(|c| c.is_configured()) {
            let _ = client.send_sms(&m.phone, OFFER); // redline: expect purpose-violation (contact.phone, marketing.sms)
            campaign::mark_texted(&m.phone); // redline: no finding — one finding per (function, category): the one at `send_sms` above
        }
    }

    /// `Vec::pop_if` gives `Option<Client>`, unwrapped by `?`.
    pub fn offer_from_retired(&mut self, m: &Member) -> Option<()> {
        let client = self.retired.pop_if(|c| c.is_configured())?;
        let _ = client.send_sms(&m.phone, OFFER); // redline: expect purpose-violation (contact.phone, marketing.sms)
        campaign::mark_texted(&m.phone); // redline: no finding — one finding per (function, category): the one at `send_sms` above
        Some(())
    }
}

/// `Arc::unwrap_or_clone` (an associated function taking `this: Arc<T>`) gives the client.
pub fn offer_shared(shared: Arc<Client>, m: &Member) {
    let client = Arc::unwrap_or_clone(shared);
    let _ = client.send_sms(&m.phone, OFFER); // redline: expect purpose-violation (contact.phone, marketing.sms)
    campaign::mark_texted(&m.phone); // redline: no finding — one finding per (function, category): the one at `send_sms` above
}

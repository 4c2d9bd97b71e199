use std::collections::VecDeque;

use crmkit::Client;

use crate::members::Member;

const OFFER: &str = "Spring offer: Gold at half price. Reply STOP to opt out.";

/// SMS clients, one per sender number.
pub struct Dialer {
    pub pool: VecDeque<Client>,
    pub spare: Vec<Client>,
}

impl Dialer {
    pub fn from_spare(&mut self, m: &Member) {
        if let Some(c) = self.spare.pop() { let _ = c.send_sms(&m.phone, OFFER); } // redline: expect purpose-violation (contact.phone, marketing.sms)
    }

    /// The usual worker loop over a queue.
    pub fn drain_pool(&mut self, members: &[Member]) {
        let mut i = 0;
        while let Some(c) = self.pool.pop_front() {
            let _ = c.send_sms(&members[i].phone, OFFER); // redline: expect purpose-violation (contact.phone, marketing.sms)
            i += 1;
        }
    }

    pub fn by_match(&mut self, m: &Member) {
        match self.spare.pop() {
            Some(c) => {
                let _ = c.send_sms(&m.phone, OFFER); // redline: expect purpose-violation (contact.phone, marketing.sms)
            }
            None => {}
        }
    }

    /// A borrowed element: `first()` gives `Option<&Client>`.
    pub fn first_client(&self, m: &Member) {
        if let Some(c) = self.spare.first() {
            let _ = c.send_sms(&m.phone, OFFER); // redline: expect purpose-violation (contact.phone, marketing.sms)
        }
    }
}

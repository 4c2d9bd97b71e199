//! The shared lead pool of the call centre. No purpose of its own.

use crate::member::Member;

#[derive(Default)]
pub struct LeadPool {
    leads: Vec<Member>,
}

impl LeadPool {
    /// An agent gives a lead back, e.g. after "never call me again": the flag is set,
    /// but the lead goes back into the pool like any other.
    pub fn give_back(&mut self, mut lead: Member, asked_not_to_call: bool) {
        lead.do_not_call = lead.do_not_call || asked_not_to_call;
        self.leads.push(lead);
    }

    /// The next lead for whoever asks.
    pub fn take(&mut self) -> Option<Member> {
        self.leads.pop()
    }

    /// Every lead waiting.
    pub fn waiting(&self) -> impl Iterator<Item = &Member> {
        self.leads.iter()
    }

    /// The leads that may be called.
    pub fn callable(&self) -> impl Iterator<Item = &Member> {
        self.leads.iter().filter(|m| !m.do_not_call)
    }
}

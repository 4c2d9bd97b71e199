redline::module_purpose!("sales.calls");

use crate::gateway;
use crate::pool::LeadPool;

/// Agent B takes the next lead from the shared pool and dials it.
pub fn next_call(pool: &mut LeadPool) -> bool {
    let Some(lead) = pool.take() else { return false };
    gateway::dial(&lead.phone) // redline: expect missing-consent (contact.phone, sales.calls)
}

/// The Friday push: every lead in the pool is called.
pub fn call_round(pool: &LeadPool) -> usize {
    pool.waiting().filter(|lead| gateway::dial(&lead.phone)).count() // redline: expect missing-consent (contact.phone, sales.calls)
}

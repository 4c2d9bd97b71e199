redline::module_purpose!("sales.calls");

use crate::gateway;
use crate::pool::LeadPool;

/// Agent B skips the leads who opted out.
pub fn next_call(pool: &mut LeadPool) -> bool {
    while let Some(lead) = pool.take() {
        if lead.do_not_call {
            continue;
        }
        return gateway::dial(&lead.phone);
    }
    false
}

/// The Friday push calls only the leads `LeadPool::callable` keeps.
pub fn call_round(pool: &LeadPool) -> usize {
    pool.callable().filter(|lead| gateway::dial(&lead.phone)).count()
}

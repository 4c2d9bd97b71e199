redline::module_purpose!("slaes");

/// No personal data here; only the purpose name is wrong.
pub fn next_lead(queue: &mut Vec<u64>) -> Option<u64> {
    queue.pop()
}

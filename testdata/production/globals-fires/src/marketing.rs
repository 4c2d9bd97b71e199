use crate::globals::{DRAFT, FIRST_MESSAGE, ICEBREAKER, LAST_REPORTED, PHRASES, REPORT_EXCERPT, VIEW_COUNTS};

pub fn last_words() -> String {
    let last = LAST_REPORTED.lock().unwrap().clone(); // redline: expect purpose-violation (chat, marketing)
    last.unwrap_or_default()
}

pub fn first_words() -> Option<String> {
    FIRST_MESSAGE.get().cloned() // redline: expect purpose-violation (chat, marketing)
}

pub fn trending_phrases() -> Vec<String> {
    let phrases = PHRASES.lock().unwrap(); // redline: expect purpose-violation (chat, marketing)
    phrases.iter().take(10).cloned().collect()
}

pub async fn greeting() -> String {
    ICEBREAKER.get().cloned().unwrap_or_else(|| String::from("Say hi!")) // redline: expect purpose-violation (chat, marketing)
}

pub fn popular_profiles() -> Vec<u64> {
    let counts = VIEW_COUNTS.read().unwrap(); // redline: expect purpose-violation (browsing, marketing)
    counts.iter().filter(|(_, n)| **n > 100).map(|(id, _)| *id).collect()
}

pub fn draft_subject() -> String {
    DRAFT.with(|d| d.borrow().chars().take(50).collect()) // redline: expect purpose-violation (chat, marketing)
}

pub fn teaser() -> String {
    let excerpt = REPORT_EXCERPT.get_or_init(String::new); // redline: expect purpose-violation (chat, marketing)
    format!("People are talking: {excerpt}")
}

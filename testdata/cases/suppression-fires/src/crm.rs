redline::module_purpose!("sales");

use crate::chat::ChatMessage;

// redline:allow(purpose-violation) reviewed in PRIV-12: the count is shown to the member themself
/// Weekly upsell text.
#[inline]
pub fn pitch(sender: u64, thread: Vec<ChatMessage>) -> String {
    let n = thread.len();
    format!("Member {sender} sent {n} messages this week. Time for Gold!")
}

pub fn subject(m: &ChatMessage) -> usize { // redline:allow(purpose-violation, analysis-limit) length only (PRIV-13)
    m.body.len()
}

pub fn preview(
    // redline:allow(purpose-violation): the sender id only; approved in PRIV-14
    m: &ChatMessage,
) -> usize {
    m.sender as usize
}

pub fn no_reason(
    // redline:allow(purpose-violation)
    m: &ChatMessage, // redline: expect purpose-violation (chat, sales)
) -> usize {
    m.body.len()
}

pub fn clean(sender: u64) -> u64 {
    // redline:allow(purpose-violation) left over from a removed lookup
    sender + 1
}

pub fn typo(m: &ChatMessage) -> usize { // redline:allow(purpose-violaton) misspelt, so it does not count
    m.body.len()
}

#[cfg(test)]
mod tests {
    // redline:allow(purpose-violation) test fixtures are not analysed
    fn fixture() {}
}

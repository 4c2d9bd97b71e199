#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct Message {
    pub sender: u64,
    pub body: String,
}

// redline: no finding — messaging.
pub fn deliver(m: &Message) -> usize {
    m.body.len()
}

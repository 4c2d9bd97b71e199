// `module_purpose!`, `purpose` on functions, impl blocks, methods, trait
// methods, trait impls and inline modules, `module_purpose!` in inline
// modules, and `declassify`.

redline::module_purpose!("sales");

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

#[redline::purpose("messaging", "safety")]
impl ChatMessage {
    pub fn render(&self) -> &str {
        &self.body
    }

    #[redline::purpose("safety")]
    pub fn is_spam(&self) -> bool {
        self.body.contains("spam")
    }
}

pub trait Moderate {
    #[redline::purpose("safety")]
    fn flagged(&self) -> bool;

    #[redline::purpose("safety.review")]
    fn severity(&self) -> u8 {
        u8::from(self.flagged())
    }
}

#[redline::purpose("safety")]
impl Moderate for ChatMessage {
    #[redline::declassify(from = "chat", reason = "only a yes/no verdict leaves")]
    fn flagged(&self) -> bool {
        self.is_spam()
    }
}

#[redline::purpose("analytics")]
#[redline::declassify(reason = "weekly totals only", from = "browsing")]
pub fn weekly_total(visits: &[u32]) -> u32 {
    visits.iter().sum()
}

#[redline::purpose("messaging")]
mod delivery {
    pub fn deliver(message: &super::ChatMessage) -> usize {
        message.body.len()
    }

    #[redline::purpose("billing")]
    pub async fn invoice() {}
}

mod notify {
    // Outer attributes, and a path from the crate root.
    #[allow(unused)]
    ::redline::module_purpose!("messaging", "safety",);

    #[cfg(test)]
    redline::module_purpose!("testing");

    pub fn notify() {}
}

fn main() {
    let message = ChatMessage {
        body: "buy spam".to_owned(),
    };
    assert_eq!(message.render(), "buy spam");
    assert!(message.flagged());
    assert_eq!(message.severity(), 1);
    assert_eq!(weekly_total(&[1, 2, 3]), 6);
    assert_eq!(delivery::deliver(&message), 8);
    drop(delivery::invoice());
    notify::notify();
}

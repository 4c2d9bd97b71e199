//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use crate::models::{Member, Message, NewsletterTemplate};

/// A sales e-mail the agent is writing.
pub struct Draft {
    pub body: String,
}

/// The opener for the sales call.
pub fn opener(member: &Member, recent: &[Message]) -> String {
    let name = &member.display_name;
    let last = recent[0].sent_at; // redline: no finding — sent_at is not classified
    format!("Hi {name}! {} new messages since {last}: Gold members read them first.", recent.len())
}

/// Quotes the newsletter.
pub fn quote(template: &NewsletterTemplate) -> String {
    template.body.clone() // redline: no finding — newsletter_templates.body is not messages.body
}

/// The agent's own text.
pub fn draft_text(draft: &Draft) -> String {
    draft.body.clone() // redline: no finding — Draft is not bound to a table
}

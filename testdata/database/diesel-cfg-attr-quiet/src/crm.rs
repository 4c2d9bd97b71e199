//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use crate::models::{Member, Message, NewsletterTemplate};

/// The opener for the sales call.
pub fn opener(member: &Member, last: &Message) -> String {
    let when = last.sent_at; // redline: no finding — sent_at is not classified
    format!("Hi {}! You were last here on {when}.", member.display_name)
}

/// Quotes the newsletter.
pub fn quote(template: &NewsletterTemplate) -> String {
    template.body.clone() // redline: no finding — newsletter_templates.body is not messages.body
}

//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter};

use crate::entity::{member, message, newsletter_template};

/// The opener for the sales call.
pub fn opener(member: &member::Model, last: &message::Model) -> String {
    let when = last.sent_at; // redline: no finding — sent_at is not classified
    format!("Hi {}! You were last here on {when}", member.display_name)
}

/// Quotes the newsletter.
pub fn quote(template: &newsletter_template::Model) -> String {
    template.body.clone() // redline: no finding — newsletter_templates.body is not messages.body
}

/// How many messages the member sent.
pub async fn messages_sent(db: &DatabaseConnection, member_id: i64) -> Result<u64, DbErr> {
    message::Entity::find().filter(message::Column::Sender.eq(member_id)).count(db).await // redline: no finding — a count (SELECT COUNT(*))
}

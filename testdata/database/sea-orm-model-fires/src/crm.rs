//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

use crate::entity::{member, message};

/// The opener for the sales call.
pub fn opener(member: &member::Model, last: &message::Model) -> String {
    let topic = last.body.clone(); // redline: expect purpose-violation (chat, sales)
    format!("Hi {}! You mentioned \"{topic}\"", member.display_name)
}

/// The number to dial.
pub fn number_to_dial(member: &member::Model) -> Option<String> {
    member.phone.clone() // redline: expect purpose-violation (contact.phone, sales)
}

/// The member's latest message, loaded here.
pub async fn last_words(db: &DatabaseConnection, member_id: i64) -> Result<Option<String>, DbErr> {
    Ok(message::Entity::find().filter(message::Column::Sender.eq(member_id)).order_by_desc(message::Column::SentAt).one(db).await?.map(|m| m.body)) // redline: expect purpose-violation (chat, sales)
}

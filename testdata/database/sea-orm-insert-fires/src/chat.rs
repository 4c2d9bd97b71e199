//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use sea_orm::{ActiveModelTrait, DatabaseConnection, DbErr, Set};

use crate::entity::{crm_note, message};

/// A member asked about Gold in a message: hand it to sales as a CRM note.
pub async fn forward_to_sales(db: &DatabaseConnection, msg: &message::Model) -> Result<crm_note::Model, DbErr> {
    crm_note::ActiveModel { member_id: Set(msg.sender), note: Set(msg.body.clone()), ..Default::default() }.insert(db).await // redline: expect purpose-violation (chat, sales)
}

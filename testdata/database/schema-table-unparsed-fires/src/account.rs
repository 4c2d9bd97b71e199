//! The member's own account page.
redline::module_purpose!("account");

use sqlx::PgPool;

/// The phone number shown on the member's account page.
pub async fn phone_on_file(pool: &PgPool, member: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT phone FROM members WHERE id = $1").bind(member).fetch_one(pool).await // redline: no finding — contact.phone is allowed for account
}

//! The weekly sales report, written in diesel's `dsl` style.
redline::module_purpose!("sales");

use diesel::prelude::*;

use crate::schema::newsletter_templates::dsl::*;

/// The upsell newsletters, to quote from on the phone.
pub fn template_texts(conn: &mut PgConnection) -> QueryResult<Vec<(String, String)>> {
    newsletter_templates.select((title, body)).load(conn) // redline: no finding — newsletter_templates.body is not messages.body
}

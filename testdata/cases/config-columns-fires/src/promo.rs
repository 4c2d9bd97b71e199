use crate::schema::customers;
use diesel::prelude::*;

pub fn how_many(conn: &mut PgConnection) -> i64 {
    customers::table.select(customers::id).count().get_result(conn).unwrap_or(0) // redline: no finding — `id` is not classified
}

pub fn recipients(conn: &mut PgConnection) -> Vec<String> {
    customers::table.select(customers::email).load::<String>(conn).unwrap_or_default() // redline: expect purpose-violation (contact.email, marketing)
}

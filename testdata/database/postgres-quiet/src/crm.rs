//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use postgres::{Client, Error};

/// Today's call list, by name.
pub fn call_list(client: &mut Client) -> Result<Vec<(i64, String)>, Error> {
    let mut list = Vec::new();
    for row in client.query("SELECT id, display_name FROM members WHERE plan = 'free'", &[])? { // redline: no finding — the phone is not selected
        list.push((row.get(0), row.get(1)));
    }
    Ok(list)
}

/// How many messages the member sent.
pub fn messages_sent(client: &mut Client, member: i64) -> Result<i64, Error> {
    let stmt = client.prepare("SELECT count(*) FROM messages WHERE sender = $1")?; // redline: no finding — a count
    Ok(client.query(&stmt, &[&member])?[0].get(0))
}

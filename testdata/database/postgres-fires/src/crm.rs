//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use postgres::{Client, Error};

/// Talking points: the member's messages.
pub fn talking_points(client: &mut Client, member: i64) -> Result<Vec<String>, Error> {
    let mut points = Vec::new();
    for row in client.query("SELECT body FROM messages WHERE sender = $1", &[&member])? { // redline: expect purpose-violation (chat, sales)
        points.push(row.get::<_, String>(0));
    }
    Ok(points)
}

/// Who viewed the member.
pub fn viewers(client: &mut Client, member: i64) -> Result<Vec<i64>, Error> {
    let stmt = client.prepare("SELECT viewer FROM profile_views WHERE viewed = $1")?; // redline: expect purpose-violation (browsing, sales)
    Ok(client.query(&stmt, &[&member])?.iter().map(|r| r.get(0)).collect())
}

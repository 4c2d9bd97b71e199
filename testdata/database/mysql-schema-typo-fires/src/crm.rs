//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use mysql_async::prelude::*;
use mysql_async::{Conn, Result};

/// Yesterday's messages, as openers for the sales calls.
pub async fn openers(conn: &mut Conn) -> Result<Vec<(u64, String)>> {
    conn.query("SELECT `sender`, `body` FROM `messages` WHERE `sent_at` > NOW() - INTERVAL 1 DAY").await // redline: expect purpose-violation (chat, sales)
}

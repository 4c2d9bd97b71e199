//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use mysql_async::prelude::*;
use mysql_async::{Conn, Result};

/// Who wrote yesterday, and how often.
pub async fn active_senders(conn: &mut Conn) -> Result<Vec<(u64, u64)>> {
    conn.query("SELECT `sender`, COUNT(*) FROM `messages` WHERE `sent_at` > NOW() - INTERVAL 1 DAY GROUP BY `sender`").await // redline: no finding — sender and a count
}

SELECT count(*) AS "count!" FROM messages WHERE sender = $1

SELECT max(sent_at) FROM messages WHERE sender = $1

SELECT id, sender, recipient, body, sent_at
FROM messages
WHERE sender = $1

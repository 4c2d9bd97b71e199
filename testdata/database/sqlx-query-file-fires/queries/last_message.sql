-- The member's latest message.
SELECT body
FROM messages
WHERE sender = $1
ORDER BY sent_at DESC
LIMIT 1

SELECT DISTINCT sender
FROM messages
WHERE sent_at > $1

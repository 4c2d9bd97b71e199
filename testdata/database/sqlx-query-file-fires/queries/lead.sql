SELECT sender AS member, body AS topic
FROM messages
WHERE id = $1

-- No longer used: the sales opener was removed after the privacy review.
SELECT body FROM messages WHERE sender = $1 ORDER BY sent_at DESC LIMIT 1

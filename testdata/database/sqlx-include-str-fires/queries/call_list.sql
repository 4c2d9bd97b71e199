SELECT m.id, m.display_name, m.phone
FROM members m
JOIN subscriptions s ON s.member_id = m.id
WHERE s.renews_at < now() + interval '7 days'

SELECT viewer, viewed_at
FROM profile_views
WHERE viewed = $1
ORDER BY viewed_at DESC

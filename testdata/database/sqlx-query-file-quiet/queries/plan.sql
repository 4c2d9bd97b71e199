SELECT member_id, plan FROM subscriptions WHERE member_id = $1

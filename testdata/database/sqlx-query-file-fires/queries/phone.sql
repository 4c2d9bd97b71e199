SELECT id, phone FROM members WHERE id = $1

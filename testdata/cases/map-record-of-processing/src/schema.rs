diesel::table! {
    members (id) {
        id -> Int8,
        email -> Text,
    }
}

diesel::table! {
    customers (id) {
        id -> Int4,
        email -> Text,
        retry_count -> Int4,
    }
}

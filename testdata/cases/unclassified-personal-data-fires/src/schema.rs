diesel::table! {
    customers (id) {
        id -> Int4,
        email -> Text,
        phone -> Nullable<Text>,
        retry_count -> Int4,
        created_at -> Timestamp,
    }
}

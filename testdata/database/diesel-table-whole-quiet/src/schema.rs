// @generated automatically by Diesel CLI.

diesel::table! {
    crm_notes (id) {
        id -> Int8,
        member_id -> Int8,
        note -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    members (id) {
        id -> Int8,
        display_name -> Text,
        phone -> Nullable<Text>,
        plan -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    messages (id) {
        id -> Int8,
        sender -> Int8,
        recipient -> Int8,
        body -> Text,
        sent_at -> Timestamptz,
        read_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    newsletter_templates (id) {
        id -> Int8,
        title -> Text,
        body -> Text,
    }
}

diesel::table! {
    profile_views (id) {
        id -> Int8,
        viewer -> Int8,
        viewed -> Int8,
        viewed_at -> Timestamptz,
    }
}

diesel::table! {
    subscriptions (member_id) {
        member_id -> Int8,
        plan -> Text,
        renews_at -> Timestamptz,
    }
}

diesel::joinable!(crm_notes -> members (member_id));
diesel::joinable!(messages -> members (sender));
diesel::joinable!(subscriptions -> members (member_id));

diesel::allow_tables_to_appear_in_same_query!(
    crm_notes,
    members,
    messages,
    newsletter_templates,
    profile_views,
    subscriptions,
);

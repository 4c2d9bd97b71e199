//! EXPECT: 4 findings
//! - purpose-violation at src/lib.rs:22 in fn `flow_whole_struct_fires::push_note`: category `chat` is not allowed for purpose `third_party`
//! - purpose-violation at src/lib.rs:27 in fn `flow_whole_struct_fires::push_serialized`: category `chat` is not allowed for purpose `third_party`
//! - purpose-violation at src/lib.rs:33 in fn `flow_whole_struct_fires::push_json`: category `chat` is not allowed for purpose `third_party`
//! - purpose-violation at src/lib.rs:38 in fn `flow_whole_struct_fires::push_wrapped`: category `chat` is not allowed for purpose `third_party`
//!
//! Only `Note::body` is classified (a field, in `[data]`). A `Note` given whole to
//! dependency code may be read whole: the vendor's `push`, a serializer, the values of a
//! `json!` object, a struct holding a `Note`.

pub struct Note {
    pub id: u64,
    pub body: String,
}

pub struct Envelope {
    pub to: u64,
    pub note: Note,
}

pub fn push_note(c: &vendor_push::Client, note: &Note) {
    c.push(note); // redline: expect purpose-violation (chat, third_party)
}

pub fn push_serialized(c: &vendor_push::Client, note: &Note) {
    let text = serde_json::to_string(note).unwrap_or_default();
    c.push_text(&text); // redline: expect purpose-violation (chat, third_party)
}

pub fn push_json(c: &vendor_push::Client, note: &Note) {
    let payload = serde_json::json!({ "id": note.id, "text": note.body });
    let text = payload.to_string();
    c.push_text(&text); // redline: expect purpose-violation (chat, third_party)
}

pub fn push_wrapped(c: &vendor_push::Client, note: Note) {
    let envelope = Envelope { to: 7, note };
    c.push(&envelope); // redline: expect purpose-violation (chat, third_party)
}

//! EXPECT: no findings
//!
//! Only `Note::body` is classified. Its other fields, structs without classified fields,
//! and a value computed from a static (then written to) carry nothing of it.

use std::sync::Mutex;

pub struct Note {
    pub id: u64,
    pub body: String,
}

pub struct Receipt {
    pub id: u64,
    pub delivered: bool,
}

pub static LAST_ERROR: Mutex<String> = Mutex::new(String::new());

pub fn push_id(c: &vendor_push::Client, note: &Note) {
    c.push(&note.id); // redline: no finding — the id field is not classified
}

pub fn push_receipt(c: &vendor_push::Client, note: &Note) {
    let receipt = Receipt { id: note.id, delivered: true };
    c.push(&receipt); // redline: no finding — a Receipt holds no classified field
}

pub fn push_json_id(c: &vendor_push::Client, note: &Note) {
    let payload = serde_json::json!({ "id": note.id });
    c.push_text(&payload.to_string()); // redline: no finding — only the id is in the object
}

/// A copy of the static's text is a new value: writing the note into it is no write into
/// the static.
pub fn log_error(note: &Note) -> String {
    let mut msg = LAST_ERROR.lock().map(|m| m.to_string()).unwrap_or_default();
    msg = format!("{msg}: {}", note.body);
    msg
}

pub fn report_error(c: &vendor_push::Client) {
    let last = LAST_ERROR.lock().map(|m| m.clone()).unwrap_or_default();
    c.push_text(&last); // redline: no finding — nothing classified was stored in the static
}

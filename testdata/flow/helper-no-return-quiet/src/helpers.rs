use crate::crm;

pub fn touch_lead(member: u64, text: String) {
    if !text.is_empty() {
        crm::add_note(member, String::from("active chatter"));
    }
}

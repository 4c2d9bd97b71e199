use chat::{ChatMessage, ChatStore};
use members::MemberId;

/// Bundle handed over for a law-enforcement request.
#[derive(Debug, Clone)]
pub struct EvidencePack {
    pub member: MemberId,
    pub messages: Vec<ChatMessage>,
    pub case_notes: Vec<String>,
}

// redline: no finding — sent messages are chat, which allows trust_and_safety.
pub fn build_evidence_pack(store: &ChatStore, member: MemberId, case_ref: &str) -> EvidencePack {
    let messages = store.history_of(member);
    EvidencePack { member, messages, case_notes: vec![case_ref.to_string()] }
}

/// "While we're at it": the member's unsent drafts too. `Draft` is narrowed
/// to `messaging`; trust_and_safety may read sent messages but not drafts.
pub fn draft_annex(store: &ChatStore, member: MemberId) -> Vec<String> {
    let drafts = store.drafts_of(member); // redline: expect purpose-violation (chat, trust_and_safety)
    drafts.into_iter().map(|d| d.body).collect()
}

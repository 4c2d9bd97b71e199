use chat::{ChatMessage, ChatStore, Draft};
use members::MemberId;

/// Bundle handed over for a law-enforcement request.
#[derive(Debug, Clone)]
pub struct EvidencePack {
    pub member: MemberId,
    pub messages: Vec<ChatMessage>,
    pub drafts: Vec<Draft>,
}

// redline: no finding — sent messages are chat, which allows trust_and_safety.
pub fn build_evidence_pack(store: &ChatStore, member: MemberId) -> EvidencePack {
    let messages = store.history_of(member);
    EvidencePack { member, messages, drafts: Vec::new() }
}

/// "While we're at it": unsent drafts too. Drafts are narrowed to
/// `messaging`; trust_and_safety may not read them.
pub fn attach_drafts(pack: &mut EvidencePack, store: &ChatStore) {
    let drafts = store.drafts_of(pack.member); // redline: expect purpose-violation (chat, trust_and_safety)
    pack.drafts = drafts;
}

//! EXPECT: 10 findings
//! - purpose-violation at src/lib.rs:66 in fn `flow_generic_wrapper_fires::campaigns::push_segment_lead`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/lib.rs:70 in fn `flow_generic_wrapper_fires::campaigns::push_next_lead`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/lib.rs:74 in fn `flow_generic_wrapper_fires::campaigns::push_lead_batch`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/lib.rs:79 in fn `flow_generic_wrapper_fires::campaigns::push_winback_lead`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/lib.rs:84 in fn `flow_generic_wrapper_fires::campaigns::push_direct_offer`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/lib.rs:88 in fn `flow_generic_wrapper_fires::campaigns::push_referred_friend`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/lib.rs:92 in fn `flow_generic_wrapper_fires::campaigns::push_referral`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/lib.rs:96 in fn `flow_generic_wrapper_fires::campaigns::push_lead_note`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/lib.rs:100 in fn `flow_generic_wrapper_fires::campaigns::push_household`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/lib.rs:104 in fn `flow_generic_wrapper_fires::campaigns::push_lead_list`: category `contact.phone` is not allowed for purpose `marketing`
//!
//! Only `Member::phone` is classified (a field, in redline.toml `[data]`). The generic
//! wrappers of the workspace declare the field that holds a member as their type parameter:
//! `Labelled<T>` (`inner: T`), `Pair<A, B>` (`right: B`) and the enum `Envelope<T>`
//! (`Direct { body: T }`). A wrapper whose type argument is `Member` carries the member's
//! phone when it is given whole to dependency code, whether its type is written
//! (`&Labelled<Member>`, `Option<Labelled<Member>>`, `Vec<Labelled<Member>>`,
//! `&Pair<u64, Member>`) or it is built by a literal (`Labelled { inner: member, .. }`,
//! `Envelope::Direct { body: member }`).
//!
//! `campaigns` is marketing code (redline.toml `[modules]`). Each function hands one shape
//! to the CRM vendor (`vendor_crm::Client`, purpose `marketing` in `[functions]`): whole, as
//! the text of `serde_json::to_string`, the bytes of `to_vec`, the value of `to_value`
//! (serde_json is declared, not in the fixture cargo home: an unindexed serializer), or
//! formatted with the derived `Debug`. The wrapper is serialized or formatted inside the
//! call to the vendor, so each finding is at that call. The step through a type parameter
//! takes no level of the struct nesting counted: a `Labelled<Household>` carries the phone
//! of its household's head as a `Household` does, and a `Labelled<Vec<Member>>` the phones
//! of its members.

/// A member of the dating platform. Only `phone` is classified.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Member {
    pub id: u64,
    pub nickname: String,
    pub phone: String,
}

/// A value tagged with the CRM segment it was picked for.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Labelled<T> {
    pub label: String,
    pub inner: T,
}

/// Two values the CRM keeps side by side (a referrer's id and the friend they referred).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Pair<A, B> {
    pub left: A,
    pub right: B,
}

/// How an offer reaches its recipient.
#[derive(Debug, Clone, serde::Serialize)]
pub enum Envelope<T> {
    Direct { body: T },
    Empty,
}

pub mod campaigns {
    use crate::{Envelope, Household, Labelled, Member, Pair};
    use vendor_crm::Client;

    pub fn push_segment_lead(crm: &Client, lead: &Labelled<Member>) {
        crm.upload(lead); // redline: expect purpose-violation (contact.phone, marketing)
    }

    pub fn push_next_lead(crm: &Client, next: Option<Labelled<Member>>) {
        crm.upload_text(&serde_json::to_string(&next).unwrap_or_default()); // redline: expect purpose-violation (contact.phone, marketing)
    }

    pub fn push_lead_batch(crm: &Client, batch: Vec<Labelled<Member>>) {
        crm.upload_bytes(&serde_json::to_vec(&batch).unwrap_or_default()); // redline: expect purpose-violation (contact.phone, marketing)
    }

    pub fn push_winback_lead(crm: &Client, member: Member) {
        let lead = Labelled { label: "win-back".to_string(), inner: member };
        crm.upload_text(&serde_json::to_string(&lead).unwrap_or_default()); // redline: expect purpose-violation (contact.phone, marketing)
    }

    pub fn push_direct_offer(crm: &Client, member: Member) {
        let offer = Envelope::Direct { body: member };
        crm.upload_json(serde_json::to_value(&offer).unwrap_or_default()); // redline: expect purpose-violation (contact.phone, marketing)
    }

    pub fn push_referred_friend(crm: &Client, referral: &Pair<u64, Member>) {
        crm.upload_text(&serde_json::to_string(&referral.right).unwrap_or_default()); // redline: expect purpose-violation (contact.phone, marketing)
    }

    pub fn push_referral(crm: &Client, referral: &Pair<u64, Member>) {
        crm.upload(referral); // redline: expect purpose-violation (contact.phone, marketing)
    }

    pub fn push_lead_note(crm: &Client, lead: &Labelled<Member>) {
        crm.upload_text(&format!("segment lead {:?}", lead)); // redline: expect purpose-violation (contact.phone, marketing)
    }

    pub fn push_household(crm: &Client, lead: &Labelled<Household>) {
        crm.upload(lead); // redline: expect purpose-violation (contact.phone, marketing)
    }

    pub fn push_lead_list(crm: &Client, leads: &Labelled<Vec<Member>>) {
        crm.upload(leads); // redline: expect purpose-violation (contact.phone, marketing)
    }
}

/// A household the CRM pitches to as one: its head is a member.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Household {
    pub head: Member,
}

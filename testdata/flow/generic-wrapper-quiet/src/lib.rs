//! EXPECT: no findings
//!
//! The shapes of `generic-wrapper-fires` that hand marketing code nothing classified. Only
//! `Member::phone` is classified (redline.toml `[data]`); `Nickname` has no classified field.
//!
//! In `campaigns` (marketing, redline.toml `[modules]`), wrappers whose type argument holds
//! nothing classified go to the CRM vendor (`vendor_crm::Client`, purpose `marketing`): a
//! `Labelled<String>`, a `Labelled<Nickname>` serialized whole, the `right` field of a
//! `Pair<Member, u64>` (the `u64`: the member is in `left`, which is not read), and a literal
//! `Labelled { .., inner: 42u64 }`.
//!
//! In `account` (purpose `account`, which `contact.phone` allows), wrappers holding a
//! `Member` (written `&Labelled<Member>`, built by the literals `Labelled { inner: member, .. }`
//! and `Envelope::Direct { body: member }`) are serialized and formatted whole and sent to the
//! SMS vendor (`vendor_sms::Client`, purpose `account`): allowed.
//!
//! Known limitation (docs/flow.md, "What is not followed"): a tuple struct wrapper built by
//! a call, `Wrap(member)`, is not known to hold a `Member`, so giving it whole to the CRM
//! vendor is not counted (a missed flow). `push_wrapped_member` pins that behaviour; when
//! redline learns to follow it, that function belongs in `generic-wrapper-fires`.

/// A member of the dating platform. Only `phone` is classified.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Member {
    pub id: u64,
    pub nickname: String,
    pub phone: String,
}

/// What a campaign may show of a member: no classified field.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Nickname {
    pub member_id: u64,
    pub display: String,
}

/// A value tagged with the CRM segment it was picked for.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Labelled<T> {
    pub label: String,
    pub inner: T,
}

/// Two values the CRM keeps side by side.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Pair<A, B> {
    pub left: A,
    pub right: B,
}

/// How a notice reaches its recipient.
#[derive(Debug, Clone, serde::Serialize)]
pub enum Envelope<T> {
    Direct { body: T },
    Empty,
}

/// A tuple struct wrapper.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Wrap<T>(pub T);

pub mod campaigns {
    use crate::{Labelled, Member, Nickname, Pair, Wrap};
    use vendor_crm::Client;

    pub fn push_headline(crm: &Client, headline: &Labelled<String>) {
        crm.upload(headline); // redline: no finding — a Labelled<String> holds nothing classified
    }

    pub fn push_nickname(crm: &Client, tag: &Labelled<Nickname>) {
        crm.upload_text(&serde_json::to_string(tag).unwrap_or_default()); // redline: no finding — a Nickname has no classified field
    }

    pub fn push_referral_count(crm: &Client, referral: &Pair<Member, u64>) {
        crm.upload_text(&serde_json::to_string(&referral.right).unwrap_or_default()); // redline: no finding — `right` is the u64; the Member is in `left`
    }

    pub fn push_campaign_tag(crm: &Client) {
        let tag = Labelled { label: "spring-promo".to_string(), inner: 42u64 };
        crm.upload(&tag); // redline: no finding — the literal's `inner` is a number
    }

    /// Known limitation: `Wrap(member)` is a call, so the wrapper's type argument is not
    /// known and the member's phone is not counted (a missed flow, see docs/flow.md).
    pub fn push_wrapped_member(crm: &Client, member: Member) {
        let wrapped = Wrap(member);
        crm.upload(&wrapped); // redline: no finding — known limitation: a tuple struct built by a call is not known to hold a Member
    }
}

pub mod account {
    use crate::{Envelope, Labelled, Member};
    use vendor_sms::Client;

    pub fn send_login_code(sms: &Client, lead: &Labelled<Member>) {
        sms.send_text(&serde_json::to_string(lead).unwrap_or_default()); // redline: no finding — account may use the phone
    }

    pub fn send_new_device_notice(sms: &Client, member: Member) {
        let notice = Labelled { label: "new-device".to_string(), inner: member };
        sms.send_text(&format!("security notice {:?}", notice)); // redline: no finding — account may use the phone
    }

    pub fn send_direct_notice(sms: &Client, member: Member) {
        let notice = Envelope::Direct { body: member };
        sms.send_json(serde_json::to_value(&notice).unwrap_or_default()); // redline: no finding — account may use the phone
    }
}

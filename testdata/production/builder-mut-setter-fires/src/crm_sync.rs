use crmkit::{Client, Method, RequestBuilder};

use crate::members::Member;

/// A setter called on its own line: `header` takes `&mut self`, so the email stays in `req`.
pub fn sync_contact(crm: &Client, member: &Member) -> crmkit::Result<u16> {
    let mut req = crm.request(Method::Post, "/v2/contacts");
    req.header("x-member-id", &member.id.to_string());
    req.header("x-member-email", &member.email);
    req.timeout_secs(10);
    let resp = req.send()?; // redline: expect purpose-violation (contact.email, marketing)
    Ok(resp.status())
}

/// Setters chained on the `&mut Self` the first one returns, as a statement: both calls
/// change `req`.
pub fn tag_lead(crm: &Client, member: &Member) {
    let mut req = crm.post("/v2/leads");
    req.header("x-source", "dating-app").header("x-member-email", &member.email).field("plan", member.plan.clone());
    let _ = req.send(); // redline: expect purpose-violation (contact.email, marketing)
}

/// The whole request in one expression: `send` is called on the `&mut RequestBuilder` the
/// last setter returns.
pub fn score_lead(crm: &Client, member: &Member) -> bool {
    crm.post("/v2/leads/score").field("email", member.email.as_str()).timeout_secs(5).send().is_ok() // redline: expect purpose-violation (contact.email, marketing)
}

/// A workspace helper that sets the email on a builder it borrows mutably.
fn identify(req: &mut RequestBuilder, member: &Member) {
    req.header("x-member-email", &member.email);
}

pub fn sync_profile(crm: &Client, member: &Member) {
    let mut req = crm.request(Method::Put, "/v2/profiles");
    identify(&mut req, member);
    req.body(format!("{{\"name\":\"{}\"}}", member.display_name));
    let _ = req.send(); // redline: expect purpose-violation (contact.email, marketing)
}

/// A builder kept in a struct: `add` sets fields on it, `flush` sends it.
pub struct Batch {
    req: RequestBuilder,
}

impl Batch {
    pub fn new(crm: &Client) -> Batch {
        Batch { req: crm.post("/v2/contacts/batch") }
    }

    pub fn add(&mut self, member: &Member) {
        self.req.field("email[]", member.email.clone());
    }

    pub fn flush(&mut self) -> crmkit::Result<u16> {
        Ok(self.req.send()?.status()) // redline: expect purpose-violation (contact.email, marketing)
    }
}

pub fn nightly_export(crm: &Client, members: &[Member]) -> crmkit::Result<u16> {
    let mut batch = Batch::new(crm);
    for m in members {
        batch.add(m);
    }
    batch.flush() // redline: no finding — reported in `Batch::flush`, which makes the call into `send`
}

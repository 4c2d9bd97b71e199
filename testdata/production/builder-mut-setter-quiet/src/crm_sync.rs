use crmkit::{Client, Method, RequestBuilder};

use crate::members::Member;

/// Only the member id and the plan are set into the request.
pub fn sync_contact(crm: &Client, member: &Member) -> crmkit::Result<u16> {
    let mut req = crm.request(Method::Post, "/v2/contacts");
    req.header("x-member-id", &member.id.to_string());
    req.field("plan", member.plan.clone());
    req.timeout_secs(10);
    let resp = req.send()?; // redline: no finding — an id and a plan name
    Ok(resp.status())
}

/// The email goes into an audit request that is never sent; the request that is sent,
/// built by chained `&mut Self` setters, holds only the id.
pub fn tag_lead(crm: &Client, member: &Member) {
    let mut audit = crm.post("/v2/audit");
    audit.header("x-member-email", &member.email);
    let mut req = crm.post("/v2/leads");
    req.header("x-source", "dating-app").header("x-member-id", &member.id.to_string());
    let _ = req.send(); // redline: no finding — the email is in `audit`, not in `req`
}

/// The whole request in one expression, without the email.
pub fn score_lead(crm: &Client, member: &Member) -> bool {
    crm.post("/v2/leads/score").field("member_id", member.id.to_string()).timeout_secs(5).send().is_ok() // redline: no finding — an id
}

/// The helper sets the email on the builder it is given: here the audit builder, never sent.
fn identify(req: &mut RequestBuilder, member: &Member) {
    req.header("x-member-email", &member.email);
}

pub fn sync_profile(crm: &Client, member: &Member) {
    let mut audit = crm.post("/v2/audit");
    identify(&mut audit, member);
    let mut req = crm.request(Method::Put, "/v2/profiles");
    req.body(format!("{{\"id\":{}}}", member.id));
    let _ = req.send(); // redline: no finding — `identify` wrote into `audit`
}

/// A builder kept in a struct, given ids only.
pub struct Batch {
    req: RequestBuilder,
}

impl Batch {
    pub fn new(crm: &Client) -> Batch {
        Batch { req: crm.post("/v2/contacts/batch") }
    }

    pub fn add(&mut self, member: &Member) {
        self.req.field("id[]", member.id.to_string());
    }

    pub fn flush(&mut self) -> crmkit::Result<u16> {
        Ok(self.req.send()?.status()) // redline: no finding — ids only
    }
}

pub fn nightly_export(crm: &Client, members: &[Member]) -> crmkit::Result<u16> {
    let mut batch = Batch::new(crm);
    for m in members {
        batch.add(m);
    }
    batch.flush()
}

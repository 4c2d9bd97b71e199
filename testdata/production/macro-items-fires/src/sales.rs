redline::module_purpose!("sales");

use crate::model::MessageBody;
use crate::store::Store;

pub fn call_script(store: &Store, member: u64) -> String {
    let plan = store.profile(member).map(|p| p.plan).unwrap_or_default(); // redline: no finding — profiles are not classified
    let last = store.latest_message(member); // redline: expect purpose-violation (chat, sales)
    let seen = store.latest_view(member).map(|v| v.viewed); // redline: expect purpose-violation (browsing, sales)
    format!("{plan}: mention \"{}\" and profile #{}", last.map(|m| m.body).unwrap_or_default(), seen.unwrap_or(0))
}

pub fn quote(body: &MessageBody) -> String { // redline: expect purpose-violation (chat, sales)
    format!("\"{}\"", body.0)
}

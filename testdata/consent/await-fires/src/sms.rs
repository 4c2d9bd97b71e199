redline::module_purpose!("marketing.sms");

use crate::gateway;
use crate::repo::{MemberKey, Repo};

pub const OFFER: &str = "Gold is half price this weekend";

/// The awaited guard's value is dropped: `?` only propagates the error.
pub async fn offer(repo: &Repo, key: MemberKey) -> Result<usize, String> {
    repo.opted_in(&key).await?;
    let m = repo.load(&key).await?;
    Ok(gateway::send_sms(&m.phone, OFFER)) // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// The awaited guard is for another key: the referrer, not the member texted.
pub async fn offer_referred(repo: &Repo, referrer: MemberKey, key: MemberKey) -> Result<usize, String> {
    if !repo.opted_in(&referrer).await? {
        return Ok(0);
    }
    let m = repo.load(&key).await?;
    Ok(gateway::send_sms(&m.phone, OFFER)) // redline: expect missing-consent (contact.phone, marketing.sms)
}

/// The future of the guard is never awaited.
pub async fn offer_unawaited(repo: &Repo, key: MemberKey) -> Result<usize, String> {
    let _pending = repo.opted_in(&key);
    let m = repo.load(&key).await?;
    Ok(gateway::send_sms(&m.phone, OFFER)) // redline: expect missing-consent (contact.phone, marketing.sms)
}

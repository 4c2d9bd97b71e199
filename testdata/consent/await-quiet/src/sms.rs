redline::module_purpose!("marketing.sms");

use crate::gateway;
use crate::repo::{MemberKey, Repo};

pub const OFFER: &str = "Gold is half price this weekend";

/// `if repo.opted_in(&key).await? { .. }`, the member loaded by the same key inside.
pub async fn offer(repo: &Repo, key: MemberKey) -> Result<usize, String> {
    if repo.opted_in(&key).await? {
        let m = repo.load(&key).await?;
        return Ok(gateway::send_sms(&m.phone, OFFER));
    }
    Ok(0)
}

/// The awaited guard as an early exit.
pub async fn offer_early(repo: &Repo, key: MemberKey) -> Result<usize, String> {
    if !repo.opted_in(&key).await? {
        return Ok(0);
    }
    let m = repo.load(&key).await?;
    Ok(gateway::send_sms(&m.phone, OFFER))
}

/// Inside an `async move` block.
pub fn offer_later(repo: &Repo, key: MemberKey) -> impl std::future::Future<Output = Result<usize, String>> + '_ {
    async move {
        if !repo.opted_in(&key).await? {
            return Ok(0);
        }
        let m = repo.load(&key).await?;
        Ok(gateway::send_sms(&m.phone, OFFER))
    }
}

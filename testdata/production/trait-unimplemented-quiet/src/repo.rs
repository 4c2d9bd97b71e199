use std::future::Future;
use std::pin::Pin;

use crate::model::{Message, ProfileView};

/// What `#[async_trait]` turns an `async fn` of a trait into (keeps the trait usable as `dyn`).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

pub trait MessageRepo: Send + Sync {
    fn recent(&self, member: u64) -> Vec<Message>;
    fn unread_count(&self, member: u64) -> usize;
    fn member_ids(&self) -> Vec<u64>;
}

pub trait ViewLog: Send + Sync {
    fn viewers_of(&self, member: u64) -> BoxFuture<'_, Vec<ProfileView>>;
    fn view_count(&self, member: u64) -> BoxFuture<'_, u64>;
}

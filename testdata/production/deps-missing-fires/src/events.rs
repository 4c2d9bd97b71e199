use segment::message::{Track, User};
use segment::{Client, HttpClient};

use crate::views::ProfileView;

const WRITE_KEY: &str = "seg_write_key";

pub async fn track_view(client: &HttpClient, view: &ProfileView) -> Result<(), segment::Error> {
    let msg = Track { user: User::UserId { user_id: view.viewer.to_string() }, event: String::from("Profile Viewed"), ..Default::default() };
    client.send(WRITE_KEY.to_string(), msg).await // redline: expect purpose-violation (browsing, analytics)
}

pub async fn track_signup(client: &HttpClient, member: u64) -> Result<(), segment::Error> {
    let msg = Track { user: User::UserId { user_id: member.to_string() }, event: String::from("Signed Up"), ..Default::default() };
    client.send(WRITE_KEY.to_string(), msg).await // redline: no finding — a member id
}

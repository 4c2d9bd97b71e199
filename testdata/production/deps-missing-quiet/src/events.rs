use segment::message::{Track, User};
use segment::{Client, HttpClient};

const WRITE_KEY: &str = "seg_write_key";

pub async fn track_signup(client: &HttpClient, member: u64) -> Result<(), segment::Error> {
    let msg = Track { user: User::UserId { user_id: member.to_string() }, event: String::from("Signed Up"), ..Default::default() };
    client.send(WRITE_KEY.to_string(), msg).await // redline: no finding — a member id
}

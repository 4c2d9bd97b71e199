use crate::views::ProfileView;

const API_KEY: &str = "phc_test";

pub fn track_view(view: &ProfileView) -> Result<(), posthog_rs::Error> {
    let ph = posthog_rs::client(API_KEY);
    let mut event = posthog_rs::Event::new(String::from("profile_viewed"), view.viewer.to_string());
    event.insert_prop("viewed", view.viewed)?;
    ph.capture(event) // redline: expect purpose-violation (browsing, analytics)
}

pub fn track_signup(member: u64) -> Result<(), posthog_rs::Error> {
    let ph = posthog_rs::client(API_KEY);
    ph.capture(posthog_rs::Event::new(String::from("signed_up"), member.to_string())) // redline: no finding — a member id
}

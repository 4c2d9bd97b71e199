//! Local wiring of the Kindred services with a little sample data.
//!
//! Unscoped (no purpose): it is not checked on its own, and nothing purposed
//! calls it.

use chat::ChatStore;
use crm::{LeadPool, Outbox, PitchDesk};
use members::consent::{Channel, DoNotCallRegister};
use members::{Account, AccountStore, Orientation, Profile, ProfileDirectory, PublicCard, Tier};
use views::{ProfileView, ViewLog};

fn account(id: u64, name: &str, phone: &str) -> Account {
    Account {
        member_id: id,
        display_name: name.to_string(),
        email: format!("{}@example.org", name.to_lowercase()),
        phone: Some(phone.to_string()),
        created_at: 1_700_000_000,
        tier: Tier::Free,
    }
}

fn profile(id: u64, name: &str, age: u8, orientation: Orientation) -> Profile {
    let card = PublicCard { display_name: name.to_string(), age, city: "Lyon".to_string(), bio: String::new(), photo_count: 3 };
    Profile { member_id: id, card, birth_year: 2024 - u16::from(age), orientation, max_distance_km: 30 }
}

fn main() {
    let now = 1_760_000_000;
    let mut accounts = AccountStore::new();
    accounts.insert(account(1, "Alex", "+33 6 00 00 00 01"));
    accounts.insert(account(2, "Sam", "+33 6 00 00 00 02"));
    accounts.insert(account(3, "Noor", "+33 6 00 00 00 03"));

    let profiles = ProfileDirectory::new(vec![
        profile(1, "Alex", 34, Orientation::Bisexual),
        profile(2, "Sam", 31, Orientation::Gay),
        profile(3, "Noor", 29, Orientation::Undisclosed),
    ]);

    let mut chats = ChatStore::new();
    chats.send(1, 2, "Hi Sam! Fancy a coffee?".to_string(), now - 3_600);
    chats.send(2, 1, "Honestly I've been so lonely lately".to_string(), now - 3_000);

    let mut views = ViewLog::new();
    views.record(ProfileView { viewer: 1, viewed: 2, at: now - 7_200, dwell_ms: 95_000, photos_opened: 3 });
    views.record(ProfileView { viewer: 3, viewed: 2, at: now - 600, dwell_ms: 12_000, photos_opened: 1 });

    let mut register = DoNotCallRegister::default();
    register.record(3, "+33 6 00 00 00 03".to_string(), now - 86_400, Channel::Phone);

    let mut pool = LeadPool::new();
    for a in accounts.all() {
        pool.add_member(a, &register);
    }
    pool.win_back(&register);
    crm::scoring::rank_leads(&mut pool, &chats);

    let desk = PitchDesk { chats: &chats, views: &views, profiles: &profiles, matchmaker: "Claire".to_string() };
    let mut outbox = Outbox::default();
    for lead in pool.leads() {
        outbox.queue(desk.prepare_pitch(lead.member_id));
    }

    let suggestions = matching::Recommender { log: &views, profiles: profiles.all() }.suggestions(1, 5);
    let newsletter = marketing::campaigns::spring_newsletter(accounts.all());
    println!("{} pitches, {} suggestions, {} newsletter e-mails", outbox.drain().len(), suggestions.len(), newsletter.len());
}

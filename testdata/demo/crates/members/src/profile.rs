//! Dating profiles. Purpose inherited from the crate: `account`.

use crate::MemberId;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orientation {
    Straight,
    Gay,
    Lesbian,
    Bisexual,
    Queer,
    Undisclosed,
}

/// Everything a member filled in. `orientation` is classified
/// `sensitive.orientation` in redline.toml ([data]), not here.
#[derive(Debug, Clone)]
pub struct Profile {
    pub member_id: MemberId,
    pub card: PublicCard,
    pub birth_year: u16,
    pub orientation: Orientation,
    pub max_distance_km: u16,
}

/// What any member sees when browsing. Category `profile` is unrestricted.
#[redline::data("profile")]
#[derive(Debug, Clone)]
pub struct PublicCard {
    pub display_name: String,
    pub age: u8,
    pub city: String,
    pub bio: String,
    pub photo_count: u8,
}

#[derive(Debug, Default)]
pub struct ProfileDirectory {
    profiles: Vec<Profile>,
}

impl ProfileDirectory {
    pub fn new(profiles: Vec<Profile>) -> Self {
        Self { profiles }
    }

    pub fn get(&self, id: MemberId) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.member_id == id)
    }

    pub fn all(&self) -> &[Profile] {
        &self.profiles
    }

    // redline: no finding — `profile` is unrestricted; orientation is not read here.
    pub fn card(&self, id: MemberId) -> Option<PublicCard> {
        self.get(id).map(|p| p.card.clone())
    }

    pub fn update_bio(&mut self, id: MemberId, bio: String) -> bool {
        match self.profiles.iter_mut().find(|p| p.member_id == id) {
            Some(profile) => {
                profile.card.bio = bio;
                true
            }
            None => false,
        }
    }
}

#[redline::data("profile")]
#[derive(Debug, Clone)]
pub struct PublicProfile {
    pub display_name: String,
    pub city: String,
}

#[redline::data("interests.music")]
#[derive(Debug, Clone)]
pub struct MusicTaste {
    pub genres: Vec<String>,
}

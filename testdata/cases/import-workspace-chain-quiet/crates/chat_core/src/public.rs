/// A bulletin shown to every member. Not annotated.
pub struct Bulletin {
    pub headline: String,
}

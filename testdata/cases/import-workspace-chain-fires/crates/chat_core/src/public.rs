/// A bulletin shown to every member. Not annotated.
pub struct Message {
    pub headline: String,
}

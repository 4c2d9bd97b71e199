/// The latest message of a member.
macro_rules! latest {
    ($id:expr) => {
        $crate::chat::latest($id)
    };
}

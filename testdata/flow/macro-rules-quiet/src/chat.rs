redline::module_purpose!("messaging");

newtype! {
    #[redline::data("chat")]
    #[derive(Debug, Clone, Default)]
    pub struct Body(String);
}

pub fn latest(member: u64) -> Vec<String> {
    let b = Body(format!("hi {member}"));
    vec![b.0]
}

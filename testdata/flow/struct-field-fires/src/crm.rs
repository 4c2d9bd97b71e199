redline::module_purpose!("sales");

pub struct Prospect {
    pub id: u64,
    pub memo: String,
}

pub fn call_script(p: &Prospect) -> String {
    format!("Call member {}. Opener: \"{}\"", p.id, p.memo)
}

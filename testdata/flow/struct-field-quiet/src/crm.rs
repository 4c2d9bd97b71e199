redline::module_purpose!("sales");

pub struct Prospect {
    pub id: u64,
    pub memo: String,
}

pub fn dial_entry(p: &Prospect) -> String {
    let Prospect { id, .. } = p;
    format!("Call member {id} (lead {})", p.id)
}

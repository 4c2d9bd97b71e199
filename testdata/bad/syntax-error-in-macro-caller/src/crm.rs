redline::module_purpose!("sales");

pub fn pitch(member: u64) -> usize {
    let m = latest!(member); // redline: expect purpose-violation (chat, sales)
    m.body.len()
}

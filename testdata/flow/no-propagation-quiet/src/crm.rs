redline::module_purpose!("sales");

pub fn register_key(member: u64, key: u64) -> String {
    format!("{member}:{key:x}")
}

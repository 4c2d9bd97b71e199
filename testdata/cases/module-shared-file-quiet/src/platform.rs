redline::module_purpose!("trust_and_safety");

#[cfg(unix)]
#[path = "sys/imp.rs"]
pub mod imp;
#[cfg(not(unix))]
#[path = "sys/imp.rs"]
pub mod imp;

redline::module_purpose!("messaging");

#[cfg(unix)]
pub mod imp;
#[cfg(not(unix))]
pub(crate) mod imp;

redline::module_purpose!("sales");

#[cfg(unix)]
pub mod imp;
#[cfg(not(unix))]
pub(crate) mod imp;

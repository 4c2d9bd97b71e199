redline::module_purpose!("sales");

pub mod pitch;

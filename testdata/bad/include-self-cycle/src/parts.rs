pub fn helper() -> usize { 1 }

include!("parts.rs"); // redline: expect missing-module

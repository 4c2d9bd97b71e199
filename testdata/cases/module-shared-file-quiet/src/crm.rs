redline::module_purpose!("sales");

// `src/shared/format.rs` as `crm::format` (sales, inherited from this module).
#[path = "shared/format.rs"]
pub mod format;

// redline: no finding — a plan name is not chat, through either path.
pub fn offer(plan: &str) -> String {
    let a = crate::crm::format::title(plan);
    let b = crate::campaigns::format::title(plan);
    format!("{a} / {b}")
}

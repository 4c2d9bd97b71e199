#[path = "common/compose.rs"]
pub mod relay;

pub mod aws {
    // Inside an inline module of a mod.rs file: relative to src/providers/aws/.
    #[path = "../common/compose.rs"]
    pub mod compose;
    pub mod region;
}

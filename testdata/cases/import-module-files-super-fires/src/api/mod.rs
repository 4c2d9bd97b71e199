pub mod v1;

pub mod v2 {
    pub use super::super::store::records::Member as Lead;
}

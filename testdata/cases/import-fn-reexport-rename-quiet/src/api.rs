pub use crate::promo::*;
pub use crate::outbox::keep as blast;
pub use crate::outbox::shout;

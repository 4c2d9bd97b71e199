pub use crate::promo::send_newsletter as blast;

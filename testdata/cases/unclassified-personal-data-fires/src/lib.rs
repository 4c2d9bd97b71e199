//! EXPECT: no purpose violations; `-W unclassified-personal-data` (in `args`) reports the
//! fields, types and columns that look like personal data and that nothing classifies.

pub mod legacy;
pub mod members;
pub mod messages;
pub mod schema;

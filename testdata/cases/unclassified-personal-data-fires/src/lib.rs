//! EXPECT: 14 findings
//! - unclassified-personal-data (warning) at src/health.rs:2 in fn `case_unclassified_personal_data_fires::health::MedicationList`: looks like personal data
//! - unclassified-personal-data (warning) at src/health.rs:8 in fn `case_unclassified_personal_data_fires::health::Patient::health_status`: looks like personal data
//! - unclassified-personal-data (warning) at src/members.rs:5 in fn `case_unclassified_personal_data_fires::members::Member::email`: looks like personal data
//! - unclassified-personal-data (warning) at src/members.rs:6 in fn `case_unclassified_personal_data_fires::members::Member::home_address`: looks like personal data
//! - unclassified-personal-data (warning) at src/members.rs:7 in fn `case_unclassified_personal_data_fires::members::Member::date_of_birth`: looks like personal data
//! - unclassified-personal-data (warning) at src/members.rs:8 in fn `case_unclassified_personal_data_fires::members::Member::last_ip`: looks like personal data
//! - unclassified-personal-data (warning) at src/members.rs:18 in fn `case_unclassified_personal_data_fires::members::PhoneNumber`: looks like personal data
//! - unclassified-personal-data (warning) at src/members.rs:24 in fn `case_unclassified_personal_data_fires::members::Account::phone`: looks like personal data
//! - unclassified-personal-data (warning) at src/messages.rs:8 in fn `case_unclassified_personal_data_fires::messages::Conversation::subject_text`: looks like personal data
//! - unclassified-personal-data (warning) at src/messages.rs:12 in fn `case_unclassified_personal_data_fires::messages::ChatLine::chat_text`: looks like personal data
//! - unclassified-personal-data (warning) at src/messages.rs:17 in fn `case_unclassified_personal_data_fires::messages::ActivityLog::viewed_profiles`: looks like personal data
//! - unclassified-personal-data (warning) at src/messages.rs:18 in fn `case_unclassified_personal_data_fires::messages::ActivityLog::visit_history`: looks like personal data
//! - unclassified-personal-data (warning) at src/schema.rs:4 in fn `customers.email`: looks like personal data
//! - unclassified-personal-data (warning) at src/schema.rs:5 in fn `customers.phone`: looks like personal data
//!
//! No purpose violations; `-W unclassified-personal-data` (in `args`) reports the
//! fields, types and columns that look like personal data and that nothing classifies.

pub mod health;
pub mod legacy;
pub mod members;
pub mod messages;
pub mod schema;

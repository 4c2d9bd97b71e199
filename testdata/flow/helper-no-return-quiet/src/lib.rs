//! EXPECT: no findings
//!
//! `helpers::touch_lead` receives the chat body but passes only a constant to
//! the sales function; it branches on the body (`is_empty`), which is an
//! implicit flow and does not taint the constant.

pub mod chat;
pub mod crm;
pub mod helpers;

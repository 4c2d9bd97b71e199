//! EXPECT: no findings
//!
//! Opt-outs (true = must not contact): the [[consent]] rule for `sales.calls` lists the
//! field `Member::do_not_call` and the function `consent::on_dnc_list` as `opt_outs`;
//! `calls` has purpose `sales.calls`. Each call is placed only when the opt-out was false
//! for the same member.

pub mod calls;
pub mod consent;
pub mod gateway;
pub mod member;

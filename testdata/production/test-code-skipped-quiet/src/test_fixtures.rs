//! Fixtures for the unit tests, half written: only compiled with `cargo test`.
use crate::members::Member;

pub fn members(n: u64) -> Vec<Member> {
    let list = (1..=n).map(Member::numbered).collect::<Vec<_>>();
    let first = list.first().map(|m| m.email.clone()) else ;
    list
}

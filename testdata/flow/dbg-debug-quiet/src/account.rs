redline::module_purpose!("account");

use crate::marketing;
use crate::members::{Member, ProfileCard};

pub fn audit_card(card: ProfileCard) -> String {
    let card = dbg!(card); // redline: no finding — `account` may use the phone and e-mail the derived Debug prints
    format!("login code for {} sent to {}", card.member_id, card.phone)
}

pub fn audit_card_ref(card: &ProfileCard) -> String {
    dbg!(card); // redline: no finding — `account` may use the phone and e-mail the derived Debug prints
    format!("security notice for {} sent to {}", card.member_id, card.email)
}

pub fn audit_cards(cards: Vec<ProfileCard>) -> usize {
    dbg!(&cards); // redline: no finding — `account` may use what the derived Debug prints of each card
    cards.len()
}

pub fn confirm_then_tease(member: Member) -> String {
    let member = dbg!(member); // redline: no finding — `account` may use the data; Member's Debug prints the id and the nickname
    marketing::send_teaser(member.id, member.nickname.clone()) // redline: no finding — only unclassified fields of the value `dbg!` gave back are passed
}

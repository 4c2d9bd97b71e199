redline::module_purpose!("sales");

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::chat::{ChatMessage, Inbox};

pub fn by_slice(m: &[ChatMessage]) -> usize { m.len() } // redline: expect purpose-violation (chat, sales)
pub fn by_array(m: [ChatMessage; 2]) -> usize { m.len() } // redline: expect purpose-violation (chat, sales)
pub fn by_tuple(m: (u64, ChatMessage)) -> u64 { m.0 } // redline: expect purpose-violation (chat, sales)
pub fn by_hashmap(m: HashMap<u64, ChatMessage>) -> usize { m.len() } // redline: expect purpose-violation (chat, sales)
pub fn by_btreemap(m: BTreeMap<u64, ChatMessage>) -> usize { m.len() } // redline: expect purpose-violation (chat, sales)
pub fn by_hashset(m: HashSet<ChatMessage>) -> usize { m.len() } // redline: expect purpose-violation (chat, sales)
pub fn by_btreeset(m: BTreeSet<ChatMessage>) -> usize { m.len() } // redline: expect purpose-violation (chat, sales)
pub fn by_slice_iter(m: std::slice::Iter<'_, ChatMessage>) -> usize { m.count() } // redline: expect purpose-violation (chat, sales)
pub fn by_vec_into_iter(m: std::vec::IntoIter<ChatMessage>) -> usize { m.count() } // redline: expect purpose-violation (chat, sales)
pub fn by_impl_iterator(m: impl Iterator<Item = ChatMessage>) -> usize { m.count() } // redline: expect purpose-violation (chat, sales)

pub fn by_for_loop(inbox: &Inbox) -> usize {
    let mut total = 0;
    for m in inbox.messages.iter() { // redline: expect purpose-violation (chat, sales)
        total += m.body.len();
    }
    total
}

redline::module_purpose!("sales");

use std::borrow::Cow;
use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::Arc;

use crate::chat::ChatMessage;

pub fn by_ref(m: &ChatMessage) -> usize { m.body.len() } // redline: expect purpose-violation (chat, sales)
pub fn by_mut_ref(m: &mut ChatMessage) { m.body.clear() } // redline: expect purpose-violation (chat, sales)
pub fn by_option(m: Option<ChatMessage>) -> bool { m.is_some() } // redline: expect purpose-violation (chat, sales)
pub fn by_result(m: Result<ChatMessage, String>) -> bool { m.is_ok() } // redline: expect purpose-violation (chat, sales)
pub fn by_vec(m: Vec<ChatMessage>) -> usize { m.len() } // redline: expect purpose-violation (chat, sales)
pub fn by_vecdeque(m: VecDeque<ChatMessage>) -> usize { m.len() } // redline: expect purpose-violation (chat, sales)
pub fn by_box(m: Box<ChatMessage>) -> usize { m.body.len() } // redline: expect purpose-violation (chat, sales)
pub fn by_rc(m: Rc<ChatMessage>) -> usize { m.body.len() } // redline: expect purpose-violation (chat, sales)
pub fn by_arc(m: Arc<ChatMessage>) -> usize { m.body.len() } // redline: expect purpose-violation (chat, sales)
pub fn by_cow(m: Cow<'_, ChatMessage>) -> usize { m.body.len() } // redline: expect purpose-violation (chat, sales)
pub fn by_nested(m: Option<Vec<Box<ChatMessage>>>) -> usize { m.map_or(0, |v| v.len()) } // redline: expect purpose-violation (chat, sales)

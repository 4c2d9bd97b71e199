redline::module_purpose!("sales");

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::rc::Rc;
use std::sync::Arc;

// redline: no finding — every function below wraps the unannotated CallNote.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CallNote {
    pub text: String,
}

pub struct Desk {
    pub notes: Vec<CallNote>,
}

pub fn by_option(n: Option<&CallNote>) -> bool { n.is_some() }
pub fn by_vec(n: Vec<Box<CallNote>>) -> usize { n.len() }
pub fn by_shared(a: Rc<CallNote>, b: Arc<CallNote>) -> usize { a.text.len() + b.text.len() }
pub fn by_queue(n: VecDeque<CallNote>) -> usize { n.len() }
pub fn by_slice(n: &[CallNote]) -> usize { n.len() }
pub fn by_array(n: [CallNote; 2]) -> usize { n.len() }
pub fn by_tuple(n: (u64, CallNote)) -> u64 { n.0 }
pub fn by_maps(a: HashMap<u64, CallNote>, b: BTreeMap<u64, CallNote>, c: HashSet<CallNote>) -> usize { a.len() + b.len() + c.len() }
pub fn by_iter(n: impl Iterator<Item = CallNote>) -> usize { n.count() }

pub fn by_for_loop(desk: &Desk) -> usize {
    let mut total = 0;
    for n in desk.notes.iter() {
        total += n.text.len();
    }
    total
}

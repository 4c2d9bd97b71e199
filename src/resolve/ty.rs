//! Semantic types: what a written type or an expression resolves to.

use super::DefId;

#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Ty {
    /// A workspace struct, enum or union with its generic arguments.
    Adt(DefId, Vec<Ty>),
    /// A workspace type alias (it may be classified) and what it stands for.
    Alias(DefId, Box<Ty>),
    /// A value read from field `index` of struct or variant `DefId` (the field
    /// may be classified): the mark travels with the value and its elements.
    Field(DefId, u32, Box<Ty>),
    /// A type from outside the workspace (std or a dependency), by path.
    Extern(Box<str>, Vec<Ty>),
    Ref(Box<Ty>),
    Tuple(Vec<Ty>),
    /// Slices and arrays.
    Slice(Box<Ty>),
    /// A generic parameter of the enclosing ADT, substituted when known.
    Generic(u32),
    /// A generic parameter, `impl Trait` or `dyn Trait`: the workspace traits it is
    /// bounded by, and the types named in its bounds (`impl Iterator<Item = T>` → `T`).
    Bounded(Vec<DefId>, Vec<Ty>),
    /// A function item (`helpers::load` used as a value).
    FnItem(DefId),
    Unknown,
}

/// How deep a type may nest before it is cut off (self-referential aliases).
const MAX_TY_DEPTH: usize = 24;

/// Most parts a type built from the types of values may have (see [`Ty::capped`]).
pub const MAX_TY_NODES: usize = 256;

/// Std wrappers and collections: categories of their element types carry over.
pub const CONTAINERS: &[&str] = &[
    "Box",
    "Rc",
    "Arc",
    "Cow",
    "Option",
    "Result",
    "Vec",
    "VecDeque",
    "LinkedList",
    "BinaryHeap",
    "HashMap",
    "BTreeMap",
    "HashSet",
    "BTreeSet",
    "IndexMap",
    "IndexSet",
    "Cell",
    "RefCell",
    "Mutex",
    "RwLock",
    "MutexGuard",
    "Ref",
    "RefMut",
    "Pin",
    "Weak",
    "Iter",
    "IntoIter",
    "IterMut",
    "Drain",
    "Peekable",
    "Rev",
    "Values",
    "Keys",
];

impl Ty {
    pub fn extern_name(&self) -> Option<&str> {
        match self {
            Ty::Extern(p, _) => Some(crate::syntax::last_segment(p)),
            _ => None,
        }
    }

    /// Strips references, aliases and pointer-like wrappers (`Box`, `Rc`, `Arc`,
    /// guards): the type whose fields and methods a `.` reaches.
    pub fn autoderef(&self) -> &Ty {
        let mut t = self;
        for _ in 0..MAX_TY_DEPTH {
            t = match t {
                Ty::Ref(inner) | Ty::Alias(_, inner) | Ty::Field(_, _, inner) => inner,
                Ty::Extern(_, args)
                    if !args.is_empty()
                        && matches!(
                            t.extern_name(),
                            Some(
                                "Box"
                                    | "Rc"
                                    | "Arc"
                                    | "Cow"
                                    | "MutexGuard"
                                    | "RwLockReadGuard"
                                    | "RwLockWriteGuard"
                                    | "Ref"
                                    | "RefMut"
                                    | "Pin"
                            )
                        ) =>
                {
                    &args[0]
                }
                _ => return t,
            };
        }
        t
    }

    /// The type of one element when iterating over this one (`for x in v`).
    pub fn element(&self) -> Ty {
        match self {
            Ty::Ref(inner) => match inner.element() {
                Ty::Unknown => Ty::Unknown,
                e => Ty::Ref(Box::new(e)),
            },
            Ty::Alias(..) | Ty::Field(..) => self.map_marked(Ty::element),
            Ty::Slice(e) => (**e).clone(),
            Ty::Bounded(_, args) => args.first().cloned().unwrap_or(Ty::Unknown),
            Ty::Extern(_, args) => match (self.extern_name(), args.as_slice()) {
                (Some("HashMap" | "BTreeMap" | "IndexMap"), [k, v, ..]) => Ty::Tuple(vec![k.clone(), v.clone()]),
                (Some("Box" | "Rc" | "Arc"), [inner, ..]) => inner.element(),
                (_, [first, ..]) => first.clone(),
                _ => Ty::Unknown,
            },
            _ => Ty::Unknown,
        }
    }

    /// Applies `f` below alias and field marks, keeping the marks around the result
    /// (an element of a classified value is classified too).
    pub fn map_marked(&self, f: impl FnOnce(&Ty) -> Ty) -> Ty {
        match self {
            Ty::Alias(d, inner) => match inner.map_marked(f) {
                Ty::Unknown => Ty::Unknown,
                t => Ty::Alias(*d, Box::new(t)),
            },
            Ty::Field(d, i, inner) => match inner.map_marked(f) {
                Ty::Unknown => Ty::Unknown,
                t => Ty::Field(*d, *i, Box::new(t)),
            },
            t => f(t),
        }
    }

    /// The type, or unknown when it has more than [`MAX_TY_NODES`] parts: types built from
    /// the types of values (tuples, generic arguments inferred from a literal) would
    /// otherwise grow exponentially with hostile code (`let b = (a, a, a, a);` on every
    /// line took every byte of memory in 40 lines).
    pub fn capped(self) -> Ty {
        let mut left = MAX_TY_NODES;
        match self.fits(&mut left) {
            true => self,
            false => Ty::Unknown,
        }
    }

    /// Whether the type has at most `left` parts (which it spends), looking at no more.
    fn fits(&self, left: &mut usize) -> bool {
        let Some(l) = left.checked_sub(1) else { return false };
        *left = l;
        match self {
            Ty::Adt(_, a) | Ty::Extern(_, a) | Ty::Tuple(a) => a.iter().all(|t| t.fits(left)),
            Ty::Alias(_, t) | Ty::Field(_, _, t) | Ty::Ref(t) | Ty::Slice(t) => t.fits(left),
            Ty::Bounded(_, ts) => ts.iter().all(|t| t.fits(left)),
            Ty::Generic(_) | Ty::FnItem(_) | Ty::Unknown => true,
        }
    }

    /// The type without the marks of the classified fields it was read from (at any
    /// depth): what a local declared with it holds once it is overwritten.
    pub fn unmarked(&self) -> Ty {
        match self {
            Ty::Field(_, _, inner) => inner.unmarked(),
            Ty::Adt(d, a) => Ty::Adt(*d, a.iter().map(Ty::unmarked).collect()),
            Ty::Alias(d, t) => Ty::Alias(*d, Box::new(t.unmarked())),
            Ty::Extern(p, a) => Ty::Extern(p.clone(), a.iter().map(Ty::unmarked).collect()),
            Ty::Ref(t) => Ty::Ref(Box::new(t.unmarked())),
            Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(Ty::unmarked).collect()),
            Ty::Slice(t) => Ty::Slice(Box::new(t.unmarked())),
            other => other.clone(),
        }
    }

    /// Replaces `Generic(i)` with `args[i]` (unknown when missing).
    pub fn subst(&self, args: &[Ty]) -> Ty {
        match self {
            Ty::Generic(i) => args.get(*i as usize).cloned().unwrap_or(Ty::Unknown),
            Ty::Adt(d, a) => Ty::Adt(*d, a.iter().map(|t| t.subst(args)).collect()),
            Ty::Alias(d, t) => Ty::Alias(*d, Box::new(t.subst(args))),
            Ty::Field(d, i, t) => Ty::Field(*d, *i, Box::new(t.subst(args))),
            Ty::Extern(p, a) => Ty::Extern(p.clone(), a.iter().map(|t| t.subst(args)).collect()),
            Ty::Ref(t) => Ty::Ref(Box::new(t.subst(args))),
            Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(|t| t.subst(args)).collect()),
            Ty::Slice(t) => Ty::Slice(Box::new(t.subst(args))),
            Ty::Bounded(traits, a) => Ty::Bounded(traits.clone(), a.iter().map(|t| t.subst(args)).collect()),
            other => other.clone(),
        }
    }
}

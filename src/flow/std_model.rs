//! The model of std/core/alloc APIs the walker uses for types outside the
//! workspace, as data: which methods return an element of the receiver, the
//! receiver itself, store their arguments, or call a closure with elements.

#[rustfmt::skip]
/// Methods (of std types) whose result is the receiver's element.
pub const ELEMENT_METHODS: &[&str] = &[
    "unwrap", "expect", "unwrap_or", "unwrap_or_default", "unwrap_or_else", "unwrap_unchecked", "first", "last", "next",
    "next_back", "pop", "pop_front", "pop_back", "front", "back", "nth", "find", "max", "min", "max_by", "min_by",
    "max_by_key", "min_by_key", "get", "get_mut", "remove", "swap_remove", "first_mut", "last_mut", "or_insert",
    "or_default", "or_insert_with", "or_insert_with_key", "get_or_insert_with", "get_or_init",
];

#[rustfmt::skip]
/// Methods whose result is (a view of) the receiver.
pub const SAME_METHODS: &[&str] = &[
    "clone", "to_owned", "cloned", "copied", "as_ref", "as_mut", "borrow", "borrow_mut", "deref", "deref_mut",
    "as_deref", "as_deref_mut", "lock", "read", "write", "try_lock", "iter", "iter_mut", "into_iter", "drain", "rev",
    "filter", "skip", "take", "chain", "peekable", "by_ref", "to_vec", "into", "try_into", "as_slice", "ok", "into_inner",
    "inspect", "fuse", "step_by", "skip_while", "take_while", "collect", "sorted", "to_string", "as_str", "trim",
    "to_lowercase", "to_uppercase", "chars", "bytes", "lines", "split", "split_whitespace", "join", "concat", "values",
    "into_values", "zip", "enumerate", "flatten", "entry", "then_some", "keys", "into_keys", "ok_or", "ok_or_else",
    "or", "or_else", "xor", "trim_start", "trim_end", "to_ascii_lowercase", "to_ascii_uppercase", "split_terminator",
    "rsplit", "splitn", "rsplitn", "char_indices", "windows", "chunks", "cycle", "unwrap_or_clone", "blocking_lock",
    "make_mut", "get_ref",
];

#[rustfmt::skip]
/// Methods that take a closure called with the receiver's elements.
pub const ELEMENT_CLOSURES: &[&str] = &[
    "map", "filter", "for_each", "any", "all", "find", "position", "filter_map", "flat_map", "take_while", "skip_while",
    "inspect", "max_by_key", "min_by_key", "sort_by_key", "retain", "and_then", "map_or", "map_or_else", "is_some_and",
    "is_ok_and", "find_map", "partition", "sort_by_cached_key",
];

/// Methods whose result is the closure's result, wrapped like the receiver.
pub const MAPPING_CLOSURES: &[&str] = &["map", "filter_map", "flat_map", "and_then", "find_map", "map_or_else"];

#[rustfmt::skip]
/// Methods that store their arguments into the receiver.
pub const STORING_METHODS: &[&str] = &[
    "push", "push_str", "push_back", "push_front", "insert", "extend", "extend_from_slice", "append", "write_str",
    "write_all", "write_fmt", "add", "set", "replace", "get_or_insert", "get_or_insert_with",
    "get_or_init", "get_or_try_init", "entry",
];

/// Functions of dependencies not indexed that read all of a value to encode it
/// (`serde_json::to_string(&member)`): their result holds the struct's classified fields.
pub const SERIALIZING_FNS: &[&str] = &[
    "to_string",
    "to_string_pretty",
    "to_vec",
    "to_vec_pretty",
    "to_value",
    "to_writer",
    "to_writer_pretty",
    "encode",
];

/// Methods whose closure is called with the receiver itself (`LOCAL.with(|cell| ..)`).
pub const RECEIVER_CLOSURES: &[&str] = &["with", "with_borrow", "with_borrow_mut"];

/// Methods of [`SAME_METHODS`] that copy the value (unless it is an `Arc` or `Rc`).
pub const COPYING_METHODS: &[&str] = &["clone", "to_owned", "cloned", "copied", "to_vec", "collect", "to_string"];

/// Methods through which a write reaches the value they are called on
/// (`*CACHE.lock().unwrap() = x`), besides [`SAME_METHODS`].
pub const PLACE_METHODS: &[&str] = &["unwrap", "expect", "get_mut", "first_mut", "last_mut", "get_or_insert_with"];

/// Functions creating a channel (in a module of [`CHANNEL_MODULES`]): a sender and a receiver.
pub const CHANNEL_CTORS: &[&str] = &["channel", "unbounded_channel", "sync_channel", "bounded", "unbounded"];

#[rustfmt::skip]
/// Modules and crates whose [`CHANNEL_CTORS`] create channels.
pub const CHANNEL_MODULES: &[&str] = &[
    "mpsc", "broadcast", "watch", "oneshot", "crossbeam_channel", "channel", "flume", "async_channel", "kanal",
    "async_broadcast",
];

#[rustfmt::skip]
/// Types of channel ends.
pub const CHANNEL_TYPES: &[&str] = &[
    "Sender", "Receiver", "UnboundedSender", "UnboundedReceiver", "SyncSender", "WeakSender", "WeakUnboundedSender",
];

#[rustfmt::skip]
/// Methods sending their first argument on a channel.
pub const CHANNEL_SENDS: &[&str] = &[
    "send", "try_send", "blocking_send", "send_timeout", "send_replace", "send_async", "send_deadline",
    "unbounded_send", "force_send",
];

#[rustfmt::skip]
/// Methods yielding what was sent on a channel.
pub const CHANNEL_READS: &[&str] = &[
    "recv", "try_recv", "recv_timeout", "recv_deadline", "blocking_recv", "recv_async", "recv_many", "next",
    "borrow", "borrow_and_update", "iter", "try_iter", "into_iter",
];

/// Methods of `Mutex` and `RwLock` (std, tokio, parking_lot) that give a guard of the content.
pub const LOCK_METHODS: &[&str] = &["lock", "read", "write", "try_lock", "blocking_lock", "try_read", "try_write"];

/// Macros that write their later arguments into their first.
pub const WRITING_MACROS: &[&str] = &["write", "writeln"];

/// `Box::new(x)`, `Arc::new(x)`…: the result carries what `x` carries.
pub const CONTAINER_CTORS: &[&str] = &["Box", "Rc", "Arc", "Cow", "RefCell", "Cell", "Mutex", "RwLock", "Pin", "Some"];

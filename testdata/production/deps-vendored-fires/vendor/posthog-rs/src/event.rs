use std::collections::HashMap;

use serde::Serialize;

use crate::Error;

pub struct Event {
    event: String,
    distinct_id: String,
    properties: HashMap<String, String>,
}

impl Event {
    pub fn new<S: Into<String>>(event: S, distinct_id: S) -> Self {
        Event { event: event.into(), distinct_id: distinct_id.into(), properties: HashMap::new() }
    }

    pub fn insert_prop<K: Into<String>, P: Serialize>(&mut self, key: K, prop: P) -> Result<(), Error> {
        let _ = prop;
        self.properties.insert(key.into(), String::new());
        Ok(())
    }
}

use std::time::Duration;

use crate::{Error, Event};

pub struct ClientOptions {
    api_endpoint: String,
    api_key: String,
    timeout: Duration,
}

impl From<&str> for ClientOptions {
    fn from(api_key: &str) -> Self {
        ClientOptions {
            api_endpoint: String::from("https://us.i.posthog.com/capture/"),
            api_key: api_key.to_string(),
            timeout: Duration::from_millis(800),
        }
    }
}

pub struct Client {
    options: ClientOptions,
}

pub fn client<C: Into<ClientOptions>>(options: C) -> Client {
    Client { options: options.into() }
}

impl Client {
    pub fn capture(&self, event: Event) -> Result<(), Error> {
        let _ = (event, &self.options.api_key);
        Ok(())
    }

    pub fn capture_batch(&self, events: Vec<Event>) -> Result<(), Error> {
        let _ = events;
        Ok(())
    }
}

use crate::body::Body;

/// Sends requests.
pub struct Client;

/// A request being built.
pub struct Request {
    body: Option<Body>,
}

impl Client {
    /// A client.
    pub fn new() -> Client {
        Client
    }

    /// Starts a request to `url`.
    pub fn post(&self, url: &str) -> Request {
        let _ = url;
        Request { body: None }
    }
}

impl Request {
    /// Sets the body.
    pub fn body(mut self, body: Body) -> Request {
        self.body = Some(body);
        self
    }

    /// Sends it.
    pub fn send(self) -> Result<(), String> {
        Ok(())
    }
}

pub use self::client::Client;
pub use self::request::RequestBuilder;
pub use self::response::Response;

pub mod client;
pub mod request;
pub mod response;

mod tcp;

pub use self::tcp::{TcpListener, TcpStream};

use crate::io;

pub struct TcpListener(u32);

pub struct TcpStream(u32);

impl TcpListener {
    pub fn accept(&self) -> io::Result<(TcpStream, u16)> {
        loop {}
    }
}

impl io::Write for TcpStream {
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        Ok(())
    }
}

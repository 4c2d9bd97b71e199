pub struct Response {
    pub(crate) status: u16,
}

impl Response {
    pub async fn text(self) -> crate::Result<String> {
        Ok(String::new())
    }
}

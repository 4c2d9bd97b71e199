pub struct Legacy {
    pub mobile: String,
}

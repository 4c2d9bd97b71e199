pub fn name() -> &'static str {
    "eu-west-1"
}

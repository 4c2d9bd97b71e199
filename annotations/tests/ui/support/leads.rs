pub fn pitch() {}

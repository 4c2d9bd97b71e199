//! The help-center full-text index.

pub struct Index {
    pub pages: Vec<String>,
}

impl Index {
    /// Pages that contain the text.
    pub fn query(&self, text: &str) -> usize {
        self.pages.iter().filter(|p| p.contains(text)).count()
    }
}

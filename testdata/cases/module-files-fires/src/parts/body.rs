crate::chat::load(sender).body.len()

// redline: no finding — files under benches/ are not checked.
redline::module_purpose!("sales");

use case_test_code_quiet::chat::ChatMessage;

fn main() {
    let m = ChatMessage { sender: 1, body: "x".repeat(1000) };
    let total: usize = (0..1000).map(|_| m.body.len()).sum();
    println!("{total}");
}

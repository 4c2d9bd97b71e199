// redline: no finding — files under examples/ are not checked.
redline::module_purpose!("sales");

use case_test_code_quiet::chat::ChatMessage;

fn main() {
    let m = ChatMessage { sender: 1, body: String::from("hi") };
    println!("{}", m.body);
}

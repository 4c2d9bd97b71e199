// redline: no finding — files under tests/ are not checked.
redline::module_purpose!("sales");

use case_test_code_quiet::chat::ChatMessage;

fn quote(m: &ChatMessage) -> String {
    m.body.clone()
}

#[test]
fn quotes() {
    let m = ChatMessage { sender: 1, body: String::from("hi") };
    assert_eq!(quote(&m), "hi");
}

redline::module_purpose!("sales");

/// What the matchmaker reads out on the phone. Not annotated.
pub type CallScript = Vec<String>;

// redline: no finding — plain Vec<String>, not the annotated alias.
pub fn call_notes(lines: &Vec<String>) -> usize {
    lines.len()
}

// redline: no finding — unannotated alias.
pub fn script_length(script: &CallScript) -> usize {
    script.iter().map(|l| l.len()).sum()
}

//! `redline map`: reads the workspace, follows the data once, and renders the data map.

pub fn run(_opts: &super::args::Map) -> crate::Outcome {
    crate::Outcome { stdout: String::new(), stderr: "error: `redline map` is not implemented yet\n".into(), exit: 2 }
}

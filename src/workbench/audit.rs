//! `redline audit`.

pub fn run(_opts: &super::args::Audit) -> crate::Outcome {
    crate::Outcome { stdout: String::new(), stderr: "error: `redline audit` is not implemented yet\n".into(), exit: 2 }
}

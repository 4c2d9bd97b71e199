//! docs/ci.md is copied into real CI configurations: every YAML block must parse and
//! have the keys its CI system requires, and every `redline check` command in it must
//! run (exit 0 or 1, never a usage error) on a workspace with findings.

use std::path::{Path, PathBuf};
use std::process::Command;
use yaml_rust2::{Yaml, YamlLoader};

fn ci_md() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/ci.md")).expect("docs/ci.md")
}

/// The fenced blocks of a language, with the line they start on.
fn blocks(md: &str, lang: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, String)> = None;
    let mut indent = 0;
    for (i, line) in md.lines().enumerate() {
        let trimmed = line.trim_start();
        match &mut current {
            None if trimmed == format!("```{lang}") => {
                indent = line.len() - trimmed.len();
                current = Some((i + 1, String::new()));
            }
            Some(_) if trimmed == "```" => out.extend(current.take()),
            Some((_, text)) => {
                text.push_str(line.get(indent..).unwrap_or(line.trim_start()));
                text.push('\n');
            }
            None => {}
        }
    }
    assert!(current.is_none(), "an unclosed ```{lang} block");
    out
}

fn str_of<'a>(y: &'a Yaml, key: &str) -> Option<&'a str> {
    y[key].as_str()
}

fn list_of<'a>(y: &'a Yaml, key: &str, at: &str) -> &'a [Yaml] {
    y[key].as_vec().map(Vec::as_slice).unwrap_or_else(|| panic!("{at}: `{key}` must be a list"))
}

/// Checks a GitHub Actions workflow; returns its shell commands.
fn github_workflow(doc: &Yaml, at: &str) -> Vec<String> {
    assert!(str_of(doc, "name").is_some(), "{at}: a workflow has a name");
    assert!(!doc["on"].is_badvalue(), "{at}: a workflow says when it runs (`on`)");
    let jobs = doc["jobs"].as_hash().unwrap_or_else(|| panic!("{at}: `jobs` must be a map"));
    let mut runs = Vec::new();
    for (id, job) in jobs {
        let at = format!("{at}, job {id:?}");
        assert!(str_of(job, "runs-on").is_some(), "{at}: `runs-on` is required");
        let mut uploads_sarif = false;
        for step in list_of(job, "steps", &at) {
            let (uses, run) = (str_of(step, "uses"), str_of(step, "run"));
            assert!(uses.is_some() != run.is_some(), "{at}: a step has either `uses` or `run`: {step:?}");
            if let Some(action) = uses {
                let (name, version) =
                    action.split_once('@').unwrap_or_else(|| panic!("{at}: pin {action} to a version"));
                assert!(name.split('/').count() >= 2 && !version.is_empty(), "{at}: `{action}` is not owner/repo@ref");
                if name == "github/codeql-action/upload-sarif" {
                    uploads_sarif = true;
                    let file = str_of(&step["with"], "sarif_file").unwrap_or_else(|| panic!("{at}: sarif_file"));
                    let written = format!("--format sarif --output {file}");
                    assert!(runs.iter().any(|r: &String| r.contains(&written)), "{at}: no step writes {file}");
                }
            }
            runs.extend(run.map(str::to_string));
        }
        if uploads_sarif {
            let permissions = &job["permissions"];
            assert_eq!(
                str_of(permissions, "security-events"),
                Some("write"),
                "{at}: SARIF upload needs security-events: write"
            );
            assert_eq!(str_of(permissions, "contents"), Some("read"), "{at}: checkout needs contents: read");
        }
    }
    runs
}

/// Checks a .gitlab-ci.yml; returns its shell commands.
fn gitlab_ci(doc: &Yaml, at: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let jobs = doc.as_hash().unwrap_or_else(|| panic!("{at}: a map of jobs"));
    for (id, job) in jobs {
        let at = format!("{at}, job {id:?}");
        for key in ["before_script", "script"] {
            if key == "script" || !job[key].is_badvalue() {
                for line in list_of(job, key, &at) {
                    runs.push(line.as_str().unwrap_or_else(|| panic!("{at}: {key} lines are strings")).to_string());
                }
            }
        }
        assert!(str_of(job, "stage").is_some() && str_of(job, "image").is_some(), "{at}: stage and image");
        for path in list_of(&job["artifacts"], "paths", &at) {
            assert!(path.as_str().is_some(), "{at}: artifact paths are strings");
        }
        for rule in list_of(job, "rules", &at) {
            assert!(str_of(rule, "if").is_some(), "{at}: each rule has an `if`");
        }
    }
    runs
}

/// Checks a .pre-commit-config.yaml; returns its hooks' commands.
fn pre_commit(doc: &Yaml, at: &str) -> Vec<String> {
    let mut runs = Vec::new();
    for repo in list_of(doc, "repos", at) {
        assert!(str_of(repo, "repo").is_some(), "{at}: each repo has `repo`");
        for hook in list_of(repo, "hooks", at) {
            for key in ["id", "name", "entry", "language"] {
                assert!(str_of(hook, key).is_some(), "{at}: a local hook needs `{key}`");
            }
            assert_eq!(hook["pass_filenames"].as_bool(), Some(false), "{at}: redline takes no file names");
            runs.extend(str_of(hook, "entry").map(str::to_string));
        }
    }
    runs
}

#[test]
fn every_yaml_block_is_a_valid_ci_configuration() {
    let md = ci_md();
    let yaml = blocks(&md, "yaml");
    assert!(yaml.len() >= 4, "the GitHub workflows, the GitLab job and the pre-commit hook");
    let mut kinds = Vec::new();
    for (line, text) in &yaml {
        let at = format!("docs/ci.md:{line}");
        let docs = YamlLoader::load_from_str(text).unwrap_or_else(|e| panic!("{at}: not YAML: {e}"));
        assert_eq!(docs.len(), 1, "{at}: one document");
        let doc = &docs[0];
        let kind = if !doc["jobs"].is_badvalue() {
            github_workflow(doc, &at);
            "github"
        } else if !doc["repos"].is_badvalue() {
            pre_commit(doc, &at);
            "pre-commit"
        } else {
            gitlab_ci(doc, &at);
            "gitlab"
        };
        kinds.push(kind);
    }
    for kind in ["github", "gitlab", "pre-commit"] {
        assert!(kinds.contains(&kind), "docs/ci.md has no {kind} configuration");
    }
}

/// Every `redline check ...` the documentation tells users to run.
fn documented_commands() -> Vec<String> {
    let md = ci_md();
    let mut lines = Vec::new();
    for (line, text) in blocks(&md, "yaml") {
        let doc = &YamlLoader::load_from_str(&text).expect("YAML")[0];
        let at = format!("docs/ci.md:{line}");
        lines.extend(if !doc["jobs"].is_badvalue() {
            github_workflow(doc, &at)
        } else if !doc["repos"].is_badvalue() {
            pre_commit(doc, &at)
        } else {
            gitlab_ci(doc, &at)
        });
    }
    for (_, text) in blocks(&md, "sh") {
        lines.extend(text.lines().map(str::to_string));
    }
    lines
        .iter()
        .filter_map(|l| {
            l.find("redline check").map(|i| l[i..].split(" #").next().unwrap_or_default().trim().to_string())
        })
        // Shell expansions (`${{ github.base_ref }}`) have no value outside CI.
        .filter(|c| !c.contains('$'))
        .collect()
}

fn workspace() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("redline-docs-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).expect("temp dir");
    for (path, text) in [
        ("Cargo.toml", "[package]\nname = \"svc\"\nversion = \"0.1.0\"\n"),
        ("redline.toml", "[categories.chat]\nallowed_purposes = [\"messaging\"]\n[purposes.messaging]\n[purposes.sales]\n"),
        ("src/lib.rs", "pub mod chat;\npub mod crm;\n"),
        ("src/chat.rs", "#[redline::data(\"chat\")]\npub struct ChatMessage {\n    pub body: String,\n}\n"),
        ("src/crm.rs", "redline::module_purpose!(\"sales\");\n\npub fn f(m: &crate::chat::ChatMessage) -> usize {\n    m.body.len()\n}\n"),
    ] {
        std::fs::write(dir.join(path), text).expect("write");
    }
    dir
}

#[test]
fn every_documented_command_runs() {
    let commands = documented_commands();
    for expected in ["--format github", "--format sarif --output", "--write-baseline", "--baseline", "--format concise"]
    {
        assert!(commands.iter().any(|c| c.contains(expected)), "no documented command uses {expected}: {commands:?}");
    }
    let dir = workspace();
    let o = Command::new(env!("CARGO_BIN_EXE_redline"))
        .args(["check", "--write-baseline", "redline-baseline.json"])
        .current_dir(&dir)
        .output()
        .expect("run redline");
    assert_eq!(o.status.code(), Some(0));
    for command in &commands {
        let args: Vec<&str> = command.split_whitespace().skip(1).collect();
        let o = Command::new(env!("CARGO_BIN_EXE_redline")).args(&args).current_dir(&dir).output().expect("run");
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(matches!(o.status.code(), Some(0 | 1)), "`{command}` failed ({:?}):\n{stderr}", o.status.code());
    }
    let _ = std::fs::remove_dir_all(dir);
}

//! A finding's fingerprint: what it is, not where it is, so that it survives
//! unrelated edits and moved lines. Used by the baseline and as SARIF's
//! `partialFingerprints`.

use super::{Finding, Sources};

/// Hex FNV-1a (64 bits) of the lint, the enclosing item (or the file, for findings
/// outside any item), the category, the purpose and the offending code, normalised
/// (see [`code`]). Stable across runs, platforms and Rust versions.
pub fn fingerprint(f: &Finding, sources: &Sources) -> String {
    let code = code(f, sources);
    let parts = [
        f.lint.name(),
        f.item.as_deref().unwrap_or(&f.file),
        f.category.as_deref().unwrap_or(""),
        f.purpose.as_deref().unwrap_or(""),
        &code,
    ];
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        // 0xff never occurs in UTF-8: the separator keeps ("ab", "c") apart from ("a", "bc").
        for &b in part.as_bytes().iter().chain(&[0xff]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The finding's source text, normalised so that reformatting does not change it:
/// whitespace is dropped (a single space is kept between two word characters) and
/// so is a trailing comma before a closing bracket, as rustfmt adds when it breaks
/// a call over lines.
pub fn code(f: &Finding, sources: &Sources) -> String {
    let (Some(span), Some(text)) = (f.span, sources.text(&f.file)) else { return String::new() };
    let (lo, hi) = (span.lo as usize, span.hi as usize);
    text.get(lo..hi.max(lo)).map(normalise).unwrap_or_default()
}

fn normalise(s: &str) -> String {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.chars() {
        if c.is_whitespace() {
            gap = true;
            continue;
        }
        if matches!(c, ')' | ']' | '}') && out.ends_with(',') {
            out.pop();
        }
        if gap && word(c) && out.chars().next_back().is_some_and(word) {
            out.push(' ');
        }
        gap = false;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::Span;

    #[test]
    fn normalising_ignores_layout_only() {
        assert_eq!(normalise("history(\n        member,\n    )"), "history(member)");
        assert_eq!(normalise("let  mut x = &  y"), "let mut x=&y");
        assert_eq!(normalise("[a, b,\n]"), "[a,b]");
    }

    #[test]
    fn survives_moved_lines_and_reformatting_but_not_other_code() {
        let sources = Sources::new(std::path::PathBuf::new());
        let texts = [
            ("a.rs", "fn f() {\n    let x = history(member);\n}\n", "history(member)"),
            (
                "b.rs",
                "\n\n// moved\nfn f() {\n    let x = history(\n        member,\n    );\n}\n",
                "history(\n        member,\n    )",
            ),
            ("c.rs", "fn f() {\n    let x = history(partner);\n}\n", "history(partner)"),
        ];
        let findings: Vec<Finding> = texts
            .iter()
            .map(|(file, text, code)| {
                sources.insert(file, text);
                let lo = text.find(code).expect("code in text");
                let mut f =
                    Finding::new(crate::diag::Lint::PurposeViolation, *file, Some(Span::new(lo, lo + code.len())), "m");
                f.item = Some("crm::f".into());
                f.category = Some("chat".into());
                f.purpose = Some("sales".into());
                f
            })
            .collect();
        let fp = |f: &Finding| fingerprint(f, &sources);
        assert_eq!(fp(&findings[0]), fp(&findings[1]), "moved and reformatted");
        assert_ne!(fp(&findings[0]), fp(&findings[2]), "other code");
        let mut other_purpose = findings[0].clone();
        other_purpose.purpose = Some("marketing".into());
        assert_ne!(fp(&findings[0]), fp(&other_purpose));
        // Pinned: the value must not change between releases, or every baseline breaks.
        assert_eq!(fp(&findings[0]), "1f62dba702435e01");
    }
}

//! Between redline and the protocol: file paths and `file://` URIs, byte offsets and LSP
//! positions (UTF-16 code units unless the client takes UTF-8), findings and diagnostics,
//! the suppression comment a code action inserts.

use crate::diag::{Finding, Level, Lint, Sources};
use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString, Position,
    Range, Uri,
};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// How positions count characters within a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

/// What the suppress action writes after the lint list: a placeholder that reads as a
/// reason, for the developer to replace before review.
pub const REASON_PLACEHOLDER: &str = "TODO: say why this use is acceptable";

/// The path of a `file://` URI, percent-decoded; `None` for other schemes.
pub fn uri_to_path(uri: &Uri) -> Option<PathBuf> {
    if !uri.scheme().is_some_and(|s| s.as_str().eq_ignore_ascii_case("file")) {
        return None;
    }
    let path = uri.path().as_estr().decode().into_string().ok()?.into_owned();
    // `file:///C:/dir` on Windows.
    let path = match path.as_bytes() {
        [b'/', drive, b':', ..] if drive.is_ascii_alphabetic() => path[1..].to_string(),
        _ => path,
    };
    Some(PathBuf::from(path))
}

/// The `file://` URI of an absolute path.
pub fn path_to_uri(path: &Path) -> Option<Uri> {
    let text = path.to_string_lossy().replace('\\', "/");
    let text = if text.starts_with('/') { text } else { format!("/{text}") };
    let mut encoded = String::from("file://");
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~:".contains(&b) {
            encoded.push(b as char);
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    Uri::from_str(&encoded).ok()
}

/// The LSP position of a byte offset in `text` (clamped, moved back to a character boundary).
pub fn position(text: &str, offset: u32, encoding: Encoding) -> Position {
    let mut offset = (offset as usize).min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = text[..start].matches('\n').count();
    let prefix = &text[start..offset];
    let character = match encoding {
        Encoding::Utf8 => prefix.len(),
        Encoding::Utf16 => prefix.encode_utf16().count(),
    };
    Position { line: u32::try_from(line).unwrap_or(u32::MAX), character: u32::try_from(character).unwrap_or(u32::MAX) }
}

/// The range of a finding (or trace step) span; the start of the file without one.
fn range(sources: &Sources, file: &str, span: Option<(u32, u32)>, encoding: Encoding) -> Range {
    let text = sources.text(file).unwrap_or_default();
    let (lo, hi) = span.unwrap_or((0, 0));
    Range { start: position(&text, lo, encoding), end: position(&text, hi.max(lo), encoding) }
}

/// A finding as the editor shows it: the message (with the help under it), the lint as
/// its code linking to its documentation, each trace step as related information.
pub fn diagnostic(sources: &Sources, f: &Finding, encoding: Encoding) -> Diagnostic {
    let mut message = f.message.clone();
    if let Some(help) = &f.help {
        message.push_str(&format!("\n\nhelp: {help}"));
    }
    let related: Vec<DiagnosticRelatedInformation> = f
        .trace
        .iter()
        .enumerate()
        .filter_map(|(i, step)| {
            let uri = path_to_uri(&sources.root().join(&*step.file))?;
            let range = range(sources, &step.file, Some((step.span.lo, step.span.hi)), encoding);
            Some(DiagnosticRelatedInformation {
                location: Location { uri, range },
                message: format!("{}. {}", i + 1, step),
            })
        })
        .collect();
    let docs = format!("{}/blob/main/docs/lints.md#{}", env!("CARGO_PKG_REPOSITORY"), f.lint);
    Diagnostic {
        range: range(sources, &f.file, f.span.map(|s| (s.lo, s.hi)), encoding),
        severity: Some(if f.level == Level::Deny { DiagnosticSeverity::ERROR } else { DiagnosticSeverity::WARNING }),
        code: Some(NumberOrString::String(f.lint.name().to_string())),
        code_description: Uri::from_str(&docs).ok().map(|href| CodeDescription { href }),
        source: Some("redline".to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}

/// Whether a finding of this lint can be suppressed by a comment (the suppression lints
/// themselves cannot), in this file (a Rust source).
pub fn suppressible(lint: Lint, file: &Path) -> bool {
    !matches!(lint, Lint::SuppressionWithoutReason | Lint::UnusedSuppression | Lint::InvalidConfig)
        && file.extension().is_some_and(|e| e == "rs")
}

/// The line that suppresses `lint` on the line below it, indented like `below`.
pub fn suppression_line(lint: Lint, below: &str) -> String {
    let indent: String = below.chars().take_while(|c| *c == ' ' || *c == '\t').collect();
    format!("{indent}// redline:allow({lint}) {REASON_PLACEHOLDER}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_utf16_units_or_bytes() {
        let text = "ab\n/* é✓𝄞 */ x\n";
        let x = text.find('x').expect("x") as u32;
        assert_eq!(position(text, x, Encoding::Utf16), Position { line: 1, character: 11 });
        assert_eq!(position(text, x, Encoding::Utf8), Position { line: 1, character: 16 });
        assert_eq!(position(text, 0, Encoding::Utf16), Position { line: 0, character: 0 });
        assert_eq!(position(text, 999, Encoding::Utf16), Position { line: 2, character: 0 });
    }

    #[test]
    fn uris_round_trip_paths_with_spaces_and_accents() {
        let path = Path::new("/tmp/my svc/crème/src/lib.rs");
        let uri = path_to_uri(path).expect("a URI");
        assert_eq!(uri.as_str(), "file:///tmp/my%20svc/cr%C3%A8me/src/lib.rs");
        assert_eq!(uri_to_path(&uri).as_deref(), Some(path));
        assert_eq!(uri_to_path(&Uri::from_str("untitled:Untitled-1").expect("uri")), None);
    }

    #[test]
    fn the_suppression_line_is_indented_like_the_code_and_has_a_reason() {
        assert_eq!(
            suppression_line(Lint::PurposeViolation, "    let x = y;"),
            format!("    // redline:allow(purpose-violation) {REASON_PLACEHOLDER}\n")
        );
        assert!(suppressible(Lint::PurposeViolation, Path::new("src/lib.rs")));
        assert!(!suppressible(Lint::PurposeViolation, Path::new("redline.toml")));
        assert!(!suppressible(Lint::SuppressionWithoutReason, Path::new("src/lib.rs")));
    }
}

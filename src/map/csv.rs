//! `redline map --format csv`: a record of processing activities (GDPR art. 30), one row
//! per category × purpose (RFC 4180, with a header row).

use super::DataMap;

const HEADER: &[&str] = &[
    "category",
    "fides_category",
    "purpose",
    "fides_data_use",
    "modules",
    "sinks_third_parties",
    "legal_basis",
    "retention",
    "allowed",
    "functions",
    "flows",
    "violations",
    "category_description",
    "purpose_description",
];

pub fn render(map: &DataMap) -> String {
    let mut out = line(HEADER.iter().map(|h| h.to_string()));
    for r in map.rows() {
        let purpose = map.purpose(&r.purpose);
        let opt = |s: Option<&str>| s.unwrap_or_default().to_string();
        out.push_str(&line([
            r.category.name.clone(),
            opt(r.category.record.fides.as_deref()),
            r.purpose.clone(),
            opt(r.purpose_record.fides.as_deref()),
            r.modules.join("; "),
            r.sinks.join("; "),
            opt(r.legal_basis()),
            opt(r.retention()),
            allowed(&r).to_string(),
            r.functions.join("; "),
            r.reaches.len().to_string(),
            r.violations.to_string(),
            opt(r.category.description.as_deref()),
            opt(purpose.and_then(|p| p.description.as_deref())),
        ]));
    }
    out
}

/// `yes`, `no`, or `after a violation` when the places not allowed are all downstream
/// of a violation elsewhere.
pub fn allowed(r: &super::Row) -> &'static str {
    match (r.allowed, r.violations) {
        (true, _) => "yes",
        (false, 0) => "after a violation",
        (false, _) => "no",
    }
}

/// One CSV line (CRLF, as RFC 4180 says).
pub fn line(cells: impl IntoIterator<Item = String>) -> String {
    let mut out = cells.into_iter().map(|c| cell(&c)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    out
}

/// A cell: quoted when it holds a comma, quote or line break; a leading `=`, `+`, `-`
/// or `@` is escaped with `'` so that spreadsheets do not run it as a formula.
pub fn cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(super::cell("a,b"), "\"a,b\"");
        assert_eq!(super::cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(super::cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(super::cell("plain"), "plain");
    }
}

//! `redline map --format html`: one self-contained page (inline CSS, SVG and a few lines
//! of script; nothing loaded from elsewhere, no fonts): the summary, a Sankey picture of
//! categories → purposes with violations in red, the violations list, then per category
//! its purposes, the places it reaches with their code locations, where it is classified
//! and declassified. Everything that comes from the repository or the policy is escaped.

use super::{CategoryMap, DataMap, Location, Reach, Row};
use std::collections::BTreeMap;
use std::fmt::Write;

const ALLOWED: &str = "#2563eb";
const VIOLATION: &str = "#dc2626";
const DOWNSTREAM: &str = "#d97706";

const STYLE: &str = r#"
:root { --fg: #1f2937; --muted: #6b7280; --line: #e5e7eb; --ok: #2563eb; --bad: #dc2626; --warn: #d97706; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--fg); background: #f9fafb; }
header { background: #111827; color: #f9fafb; padding: 20px 32px; }
header h1 { margin: 0 0 4px; font-size: 22px; }
header p { margin: 0; color: #d1d5db; }
main { padding: 16px 32px 48px; max-width: 1400px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 16px 0; }
h2 { font-size: 18px; margin: 0 0 12px; }
h3 { font-size: 16px; margin: 18px 0 8px; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 140px; }
.card b { display: block; font-size: 24px; }
.card.bad b { color: var(--bad); }
.legend span { display: inline-block; margin-right: 18px; }
.legend i { display: inline-block; width: 22px; height: 6px; border-radius: 3px; margin-right: 6px; vertical-align: middle; }
svg { width: 100%; height: auto; }
svg text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; fill: #111827; }
svg a:hover text { text-decoration: underline; }
svg path.link { fill: none; stroke-opacity: 0.45; }
svg path.link:hover { stroke-opacity: 0.8; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
th { background: #f3f4f6; font-weight: 600; }
td code, li code { font-size: 12.5px; }
.no { color: var(--bad); font-weight: 600; }
.after { color: var(--warn); font-weight: 600; }
.yes { color: var(--ok); }
.muted { color: var(--muted); }
.meta { color: var(--muted); margin: 0 0 8px; }
#filter { padding: 6px 10px; width: 320px; border: 1px solid #d1d5db; border-radius: 6px; }
tr.hidden { display: none; }
"#;

const SCRIPT: &str = r#"
(function () {
  var box = document.getElementById("filter");
  if (!box) { return; }
  box.addEventListener("input", function () {
    var needle = box.value.toLowerCase();
    var rows = document.querySelectorAll("table.places tbody tr");
    for (var i = 0; i < rows.length; i++) {
      var show = needle === "" || rows[i].textContent.toLowerCase().indexOf(needle) !== -1;
      rows[i].classList.toggle("hidden", !show);
    }
  });
})();
"#;

pub fn render(map: &DataMap) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let title = format!("Data map of {}", map.name);
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        esc(&title)
    );
    let _ = writeln!(
        out,
        "<header><h1>{}</h1><p>Where each category of personal data goes in the code, for which purpose, and whether \
         {} allows it. Written by redline {} from {} files.</p></header>\n<main>",
        esc(&title),
        esc(&map.policy_file),
        env!("CARGO_PKG_VERSION"),
        map.files
    );
    summary(map, &mut out);
    picture(map, &mut out);
    violations(map, &mut out);
    for (i, c) in map.categories.iter().enumerate() {
        category(map, i, c, &mut out);
    }
    purposes(map, &mut out);
    let _ = writeln!(out, "</main>\n<script>{SCRIPT}</script>\n</body>\n</html>");
    out
}

/// HTML-escaped text; control characters (other than tab and line breaks) become U+FFFD.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' => out.push(c),
            c if c.is_control() => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

fn summary(map: &DataMap, out: &mut String) {
    let violations = map.violations().len();
    let card = |n: usize, what: &str, bad: bool| {
        format!("<div class=\"card{}\"><b>{n}</b>{what}</div>", if bad { " bad" } else { "" })
    };
    let _ = writeln!(
        out,
        "<div class=\"cards\">{}{}{}{}</div>",
        card(map.categories.len(), "categories of personal data", false),
        card(map.rows().len(), "category × purpose pairs", false),
        card(map.flows(), "places in the code", false),
        card(violations, "places not allowed", violations > 0)
    );
    if map.problems > 0 {
        let _ = writeln!(
            out,
            "<p class=\"no\">{} problems (files that could not be read, unknown names) kept parts of the workspace out \
             of this map: run <code>redline check</code> to see them.</p>",
            map.problems
        );
    }
}

/// A node of the picture: its name, its places, where it is drawn.
struct Node<'a> {
    name: &'a str,
    total: usize,
    y: f64,
    height: f64,
}

/// The Sankey picture: categories on the left, purposes on the right, one band per pair.
fn picture(map: &DataMap, out: &mut String) {
    let rows = map.rows();
    let _ = writeln!(out, "<section><h2>Categories → purposes</h2>");
    if rows.is_empty() {
        let _ = writeln!(out, "<p>No classified data reaches code with a purpose.</p></section>");
        return;
    }
    let mut cat_totals: BTreeMap<&str, usize> = BTreeMap::new();
    let mut use_totals: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &rows {
        *cat_totals.entry(&r.category.name).or_default() += r.reaches.len();
        *use_totals.entry(&r.purpose).or_default() += r.reaches.len();
    }
    let total: usize = rows.iter().map(|r| r.reaches.len()).sum();
    let (gap, min_h) = (14.0, 18.0);
    let n = cat_totals.len().max(use_totals.len()) as f64;
    let height = (n * 34.0).max(320.0) + 40.0;
    let unit = ((height - 40.0 - gap * (n - 1.0)) / total as f64).max(0.5);
    let cats = layout(&cat_totals, unit, gap, min_h);
    let uses = layout(&use_totals, unit, gap, min_h);
    let bottom = cats.iter().chain(&uses).map(|n| n.y + n.height).fold(0.0, f64::max) + 20.0;
    let (w, node_w, left, right) = (1100.0, 14.0, 260.0, 820.0);
    let _ = writeln!(
        out,
        "<p class=\"legend\"><span><i style=\"background:{ALLOWED}\"></i>allowed</span><span><i style=\"background:{VIOLATION}\"></i>not \
         allowed</span><span><i style=\"background:{DOWNSTREAM}\"></i>only after a violation elsewhere</span>\
         <span class=\"muted\">Band width: places in the code. Click a category for its tables.</span></p>\n\
         <svg viewBox=\"0 0 {w} {bottom:.0}\" role=\"img\" aria-label=\"categories of personal data and the purposes they reach\" \
         xmlns=\"http://www.w3.org/2000/svg\">"
    );
    links(&rows, &cats, &uses, (left + node_w, right, unit), out);
    for (i, c) in cats.iter().enumerate() {
        let bad = rows.iter().any(|r| r.category.name == c.name && r.violations > 0);
        let fill = if bad { VIOLATION } else { "#374151" };
        let index = map.categories.iter().position(|k| k.name == c.name).unwrap_or(i);
        let _ = writeln!(
            out,
            "<a href=\"#cat-{index}\"><rect x=\"{left}\" y=\"{:.1}\" width=\"{node_w}\" height=\"{:.1}\" fill=\"{fill}\" rx=\"3\"><title>{} ({} places)</title></rect>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" dominant-baseline=\"middle\">{} ({})</text></a>",
            c.y,
            c.height,
            esc(c.name),
            c.total,
            left - 8.0,
            c.y + c.height / 2.0,
            esc(c.name),
            c.total
        );
    }
    for u in &uses {
        let _ = writeln!(
            out,
            "<rect x=\"{right}\" y=\"{:.1}\" width=\"{node_w}\" height=\"{:.1}\" fill=\"#374151\" rx=\"3\"><title>{} ({} places)</title></rect>\
             <text x=\"{:.1}\" y=\"{:.1}\" dominant-baseline=\"middle\">{} ({})</text>",
            u.y,
            u.height,
            esc(u.name),
            u.total,
            right + node_w + 8.0,
            u.y + u.height / 2.0,
            esc(u.name),
            u.total
        );
    }
    let _ = writeln!(out, "</svg>\n</section>");
}

/// The bands: in each node, stacked in the order of the nodes at their other end (fewer
/// crossings).
fn links(rows: &[Row], cats: &[Node], uses: &[Node], (x0, x1, unit): (f64, f64, f64), out: &mut String) {
    // A node drawn taller than its places (the minimum height) spreads its bands.
    let width =
        |node: &Node, n: usize| n as f64 * node.height / (node.total as f64 * unit).max(f64::MIN_POSITIVE) * unit;
    let bands: Vec<(usize, usize, &Row)> = rows
        .iter()
        .filter_map(|r| {
            let ci = cats.iter().position(|n| n.name == r.category.name)?;
            let ui = uses.iter().position(|n| n.name == r.purpose)?;
            Some((ci, ui, r))
        })
        .collect();
    let mut ends: Vec<[f64; 2]> = vec![[0.0; 2]; bands.len()];
    for side in [0, 1] {
        let mut order: Vec<usize> = (0..bands.len()).collect();
        order.sort_by_key(|&b| if side == 0 { (bands[b].0, bands[b].1) } else { (bands[b].1, bands[b].0) });
        let mut used: BTreeMap<usize, f64> = BTreeMap::new();
        for b in order {
            let (ci, ui, r) = bands[b];
            let node = if side == 0 { &cats[ci] } else { &uses[ui] };
            let w = width(node, r.reaches.len());
            let offset = used.entry(if side == 0 { ci } else { ui }).or_default();
            ends[b][side] = node.y + *offset + w / 2.0;
            *offset += w;
        }
    }
    // Violations are drawn last, on top.
    let mut draw: Vec<usize> = (0..bands.len()).collect();
    draw.sort_by_key(|&b| bands[b].2.violations > 0);
    for b in draw {
        let (ci, ui, r) = bands[b];
        let [y0, y1] = ends[b];
        let colour = match (r.allowed, r.violations) {
            (true, _) => ALLOWED,
            (false, 0) => DOWNSTREAM,
            (false, _) => VIOLATION,
        };
        let w = width(&cats[ci], r.reaches.len()).min(width(&uses[ui], r.reaches.len())).max(1.5);
        let mid = (x0 + x1) / 2.0;
        let _ = writeln!(
            out,
            "<path class=\"link\" d=\"M{x0:.1},{y0:.1} C{mid:.1},{y0:.1} {mid:.1},{y1:.1} {x1:.1},{y1:.1}\" stroke=\"{colour}\" \
             stroke-width=\"{w:.1}\"><title>{} → {}: {} places, allowed: {}</title></path>",
            esc(&r.category.name),
            esc(&r.purpose),
            r.reaches.len(),
            super::csv::allowed(r)
        );
    }
}

/// The nodes of one side, top to bottom: as tall as their places, at least `min_h`.
fn layout<'a>(totals: &BTreeMap<&'a str, usize>, unit: f64, gap: f64, min_h: f64) -> Vec<Node<'a>> {
    let mut y = 20.0;
    totals
        .iter()
        .map(|(name, t)| {
            let h = (*t as f64 * unit).max(min_h);
            let node = Node { name, total: *t, y, height: h };
            y += h + gap;
            node
        })
        .collect()
}

fn loc(at: &Location) -> String {
    format!("<code>{}:{}:{}</code>", esc(&at.file), at.line, at.column)
}

/// A Rust path, escaped, that may break after `::` in narrow columns.
fn breakable(s: &str) -> String {
    esc(s).replace("::", "::<wbr>")
}

/// A Rust path in `<code>`.
fn code(s: &str) -> String {
    format!("<code>{}</code>", breakable(s))
}

fn violations(map: &DataMap, out: &mut String) {
    let v = map.violations();
    let _ = writeln!(
        out,
        "<p><input id=\"filter\" type=\"search\" placeholder=\"Filter the places tables: function, file, purpose\" \
         aria-label=\"filter the places tables\"></p>\n<section id=\"violations\"><h2>Violations ({})</h2>",
        v.len()
    );
    if v.is_empty() {
        let _ = writeln!(out, "<p>No category reaches a purpose its policy does not allow.</p></section>");
        return;
    }
    let _ = writeln!(
        out,
        "<p class=\"meta\">Each place where data of a category reaches code whose purpose does not allow it. \
         <code>redline check</code> reports them (one finding per function and category).</p>\n\
         <table class=\"places\"><thead><tr><th>category</th><th>purpose</th><th>function</th><th>from</th>\
         <th>where</th><th>why not</th></tr></thead><tbody>"
    );
    for (c, r) in v {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&c.name),
            esc(&r.purpose),
            code(&r.function),
            r.from.as_deref().map(code).unwrap_or_default(),
            loc(&r.at),
            esc(r.why.as_deref().unwrap_or_default())
        );
    }
    let _ = writeln!(out, "</tbody></table></section>");
}

fn category(map: &DataMap, index: usize, c: &CategoryMap, out: &mut String) {
    let _ = writeln!(out, "<section id=\"cat-{index}\"><h2>{}</h2>", esc(&c.name));
    let mut meta = Vec::new();
    if let Some(d) = &c.description {
        meta.push(esc(d));
    }
    if let Some(f) = &c.record.fides {
        meta.push(format!("Fides <code>{}</code>", esc(f)));
    }
    meta.push(match &c.allowed_purposes {
        Some(a) => format!("allowed for: {}", esc(&a.join(", "))),
        None => "unrestricted".into(),
    });
    if let Some(r) = &c.record.retention {
        meta.push(format!("kept: {}", esc(r)));
    }
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", meta.join(" · "));
    let _ = writeln!(
        out,
        "<table><thead><tr><th>purpose</th><th>allowed</th><th>places</th><th>modules</th><th>sinks / third parties</th>\
         <th>legal basis</th></tr></thead><tbody>"
    );
    for r in map.rows_of(c) {
        let verdict = super::csv::allowed(&r);
        let class = match verdict {
            "yes" => "yes",
            "no" => "no",
            _ => "after",
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"{class}\">{verdict}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&r.purpose),
            r.reaches.len(),
            codes(&r.modules),
            codes(&r.sinks),
            esc(r.legal_basis().unwrap_or_default())
        );
    }
    let _ = writeln!(out, "</tbody></table>");
    places(&c.reaches, out);
    origins(c, out);
    let _ = writeln!(out, "</section>");
}

fn codes(items: &[&str]) -> String {
    items.iter().map(|i| code(i)).collect::<Vec<_>>().join(", ")
}

fn places(reaches: &[Reach], out: &mut String) {
    if reaches.is_empty() {
        let _ = writeln!(out, "<p class=\"muted\">It reaches no code with a purpose.</p>");
        return;
    }
    let _ = writeln!(
        out,
        "<h3>Places in the code</h3><table class=\"places\"><thead><tr><th>function</th><th>purpose</th><th>allowed</th>\
         <th>where</th><th>from</th><th>consent guard</th></tr></thead><tbody>"
    );
    for r in reaches {
        let (class, word) = match (r.allowed, r.downstream) {
            (true, _) => ("yes", "yes"),
            (false, true) => ("after", "after a violation"),
            (false, false) => ("no", "no"),
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"{class}\">{word}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            code(&r.function),
            esc(&r.purpose),
            loc(&r.at),
            r.from.as_deref().map(code).unwrap_or_default(),
            esc(&r.guard)
        );
    }
    let _ = writeln!(out, "</tbody></table>");
}

/// Where the category is classified, declassified, and stored.
fn origins(c: &CategoryMap, out: &mut String) {
    let _ = writeln!(out, "<h3>Classified</h3><ul>");
    for k in &c.classified {
        let _ = writeln!(out, "<li>{} by {} at {}</li>", esc(&k.what), esc(&k.how), loc(&k.at));
    }
    let _ = writeln!(out, "</ul>");
    if !c.declassified.is_empty() {
        let _ = writeln!(out, "<h3>Declassified</h3><ul>");
        for d in &c.declassified {
            let _ = writeln!(
                out,
                "<li><code>{}</code> (from <code>{}</code>) at {}: {}</li>",
                esc(&d.function),
                esc(&d.from),
                loc(&d.at),
                esc(&d.reason)
            );
        }
        let _ = writeln!(out, "</ul>");
    }
    if !c.columns.is_empty() {
        let _ = writeln!(out, "<h3>Database columns</h3><ul>");
        for k in &c.columns {
            let _ = writeln!(out, "<li><code>{}.{}</code> at {}</li>", esc(&k.table), esc(&k.column), loc(&k.at));
        }
        let _ = writeln!(out, "</ul>");
    }
}

fn purposes(map: &DataMap, out: &mut String) {
    let _ = writeln!(
        out,
        "<section id=\"purposes\"><h2>Purposes</h2>\n<table><thead><tr><th>purpose</th>\
         <th>description</th><th>Fides data use</th><th>legal basis</th><th>retention</th></tr></thead><tbody>"
    );
    for p in &map.purposes {
        let opt = |s: &Option<String>| esc(s.as_deref().unwrap_or_default());
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&p.name),
            opt(&p.description),
            opt(&p.record.fides),
            opt(&p.record.legal_basis),
            opt(&p.record.retention)
        );
    }
    let _ = writeln!(out, "</tbody></table>");
    if !map.unused_categories.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"meta\">Declared categories that nothing classifies: {}</p>",
            esc(&map.unused_categories.join(", "))
        );
    }
    let _ = writeln!(out, "</section>");
}

#[cfg(test)]
mod tests {
    use super::super::{CategoryMap, Classified, DataMap, Location, PurposeInfo, Reach, ReachKind};

    #[test]
    fn everything_from_the_repository_is_escaped() {
        let hostile = "<script>alert(1)</script>\u{7}\"'&";
        let at = Location { file: format!("src/{hostile}.rs"), line: 1, column: 2 };
        let reach = Reach {
            kind: ReachKind::Function,
            function: format!("svc::{hostile}"),
            module: Some(hostile.into()),
            krate: None,
            purpose: "sales".into(),
            allowed: false,
            why: Some(hostile.into()),
            purpose_declared: hostile.into(),
            from: Some(hostile.into()),
            at: at.clone(),
            through: Vec::new(),
            downstream: false,
            guard: "unchecked".into(),
            trace: Vec::new(),
        };
        let category = CategoryMap {
            name: "chat".into(),
            description: Some(hostile.into()),
            record: Default::default(),
            allowed_purposes: Some(vec![hostile.into()]),
            classified: vec![Classified { what: hostile.into(), how: hostile.into(), at }],
            reaches: vec![reach],
            declassified: Vec::new(),
            columns: Vec::new(),
        };
        let map = DataMap {
            name: hostile.into(),
            policy_file: hostile.into(),
            files: 1,
            problems: 0,
            categories: vec![category],
            purposes: vec![PurposeInfo {
                name: "sales".into(),
                description: Some(hostile.into()),
                record: Default::default(),
            }],
            unused_categories: vec![hostile.into()],
        };
        let html = super::render(&map);
        assert!(!html.contains("<script>alert"), "raw markup from the repository");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!html.chars().any(|c| c.is_control() && c != '\n'), "raw control characters");
        assert_eq!(html.matches("<script>").count(), 1, "only the page's own script");
    }
}

//! Item extents of a file, as lines: which lines a suppression comment above an item covers.

use super::is_test_only;
use quote::ToTokens;

/// Inline modules nested deeper than this are not outlined (each level is tokenized
/// again): a suppression inside covers its line or the next one, not the item.
const MAX_OUTLINE_DEPTH: usize = 16;

/// The items of a file as line ranges, for suppression comments (computed while the
/// file is parsed, only for files that hold one).
#[derive(Debug, Default, Clone)]
pub struct Outline {
    /// (first line with attributes, first line without, last line).
    pub items: Vec<(usize, usize, usize)>,
    /// Test-only items (`#[cfg(test)]`, `#[test]`): not analysed.
    /// Sorted and disjoint once built.
    test_only: Vec<(usize, usize)>,
    /// Per header line, the last line of the outermost item it belongs to.
    headers: std::collections::HashMap<usize, usize>,
}

impl Outline {
    pub fn of(file: &syn::File) -> Outline {
        let mut outline = Outline::default();
        outline.walk(&file.items, 0);
        // An item's header lines (attributes to first line of code) do not overlap
        // another item's, but for items that share them: this map stays linear in the file.
        for &(first, header, last) in &outline.items {
            for line in first..=header {
                let end = outline.headers.entry(line).or_insert(last);
                *end = (*end).max(last);
            }
        }
        outline.test_only.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for &(a, b) in &outline.test_only {
            match merged.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        outline.test_only = merged;
        outline
    }

    /// Whether `line` is in a test-only item (not analysed).
    pub fn is_test_only(&self, line: usize) -> bool {
        let i = self.test_only.partition_point(|&(a, _)| a <= line);
        i > 0 && self.test_only[i - 1].1 >= line
    }

    fn walk(&mut self, items: &[syn::Item], depth: usize) {
        for item in items {
            let attrs = match item {
                syn::Item::Fn(i) => &i.attrs,
                syn::Item::Impl(i) => &i.attrs,
                syn::Item::Mod(i) => &i.attrs,
                syn::Item::Trait(i) => &i.attrs,
                syn::Item::Struct(i) => &i.attrs,
                syn::Item::Enum(i) => &i.attrs,
                syn::Item::Const(i) => &i.attrs,
                syn::Item::Static(i) => &i.attrs,
                _ => continue,
            };
            let extent = self.add(item);
            if is_test_only(attrs) {
                self.test_only.push((extent.0, extent.2));
                continue;
            }
            match item {
                syn::Item::Impl(i) => {
                    for sub in &i.items {
                        let extent = self.add(sub);
                        if let syn::ImplItem::Fn(f) = sub {
                            if is_test_only(&f.attrs) {
                                self.test_only.push((extent.0, extent.2));
                            }
                        }
                    }
                }
                syn::Item::Trait(t) => {
                    for sub in &t.items {
                        self.add(sub);
                    }
                }
                syn::Item::Mod(m) if depth < MAX_OUTLINE_DEPTH => {
                    if let Some((_, content)) = &m.content {
                        self.walk(content, depth + 1);
                    }
                }
                _ => {}
            }
        }
    }

    fn add(&mut self, item: &impl ToTokens) -> (usize, usize, usize) {
        let mut first = None;
        let mut header = None;
        let mut last = 0;
        let mut tokens = item.to_token_stream().into_iter().peekable();
        while let Some(t) = tokens.next() {
            let (start, end) = (t.span().start().line, t.span().end().line);
            first.get_or_insert(start);
            last = end;
            let is_attr = matches!(&t, proc_macro2::TokenTree::Punct(p) if p.as_char() == '#')
                && matches!(tokens.peek(), Some(proc_macro2::TokenTree::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Bracket);
            if is_attr && header.is_none() {
                if let Some(group) = tokens.next() {
                    last = group.span().end().line;
                }
            } else {
                header.get_or_insert(start);
            }
        }
        let first = first.unwrap_or(0);
        let extent = (first, header.unwrap_or(first), last);
        self.items.push(extent);
        extent
    }

    /// The last line of the outermost item whose attributes or first line of code
    /// include `line`.
    pub fn item_at(&self, line: usize) -> Option<usize> {
        self.headers.get(&line).copied()
    }
}

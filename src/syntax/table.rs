//! Database tables declared with diesel's `table!` macro: lowered to [`TableDef`]s, so
//! the tables and their columns are named like the module and unit structs diesel
//! generates (`schema::customers::email`) and can be classified and discovered.

use super::lower::Lowerer;
use super::model::{ColumnDef, Item, ItemKind, TableDef};
use proc_macro2::{Delimiter, TokenTree};

/// Whether a macro invocation at item level is diesel's `table!` (`table!`,
/// `diesel::table!`, `::diesel::table!`).
pub(super) fn is_table_macro(mac: &syn::Macro) -> bool {
    let segs: Vec<String> = mac.path.segments.iter().map(|s| s.ident.to_string()).collect();
    matches!(segs.iter().map(String::as_str).collect::<Vec<_>>().as_slice(), ["table"] | ["diesel", "table"])
}

/// The tables a `table!` invocation declares (diesel 1 allowed several), as items named
/// like the module diesel generates. Anything it does not understand is skipped.
pub(super) fn tables(l: &Lowerer, mac: &syn::Macro) -> Vec<Item> {
    let tokens: Vec<TokenTree> = mac.tokens.clone().into_iter().collect();
    let mut out = Vec::new();
    let mut sql_name = None;
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            TokenTree::Ident(id) if id == "use" => {
                while i < tokens.len() && !matches!(&tokens[i], TokenTree::Punct(p) if p.as_char() == ';') {
                    i += 1;
                }
                i += 1;
            }
            TokenTree::Punct(p) if p.as_char() == '#' => {
                if let Some(TokenTree::Group(g)) = tokens.get(i + 1) {
                    sql_name = sql_name.or(attr_sql_name(g));
                }
                i += 2;
            }
            TokenTree::Ident(first) => {
                // `schema.name`, then an optional `(primary, key)`, then `{ columns }`.
                let mut name = first.clone();
                let mut qualified = ident(first);
                i += 1;
                while let (Some(TokenTree::Punct(p)), Some(TokenTree::Ident(next))) = (tokens.get(i), tokens.get(i + 1))
                {
                    if p.as_char() != '.' {
                        break;
                    }
                    qualified = format!("{qualified}.{}", ident(next));
                    name = next.clone();
                    i += 2;
                }
                if matches!(tokens.get(i), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis) {
                    i += 1;
                }
                let Some(TokenTree::Group(body)) = tokens.get(i) else { break };
                if body.delimiter() != Delimiter::Brace {
                    break;
                }
                i += 1;
                let table = TableDef {
                    sql_name: sql_name.take().unwrap_or(qualified),
                    columns: columns(l, &body.stream().into_iter().collect::<Vec<_>>()),
                };
                let span = l.sp(name.span());
                out.push(Item {
                    name: ident(&name),
                    span,
                    is_pub: true,
                    attrs: Default::default(),
                    kind: ItemKind::Table(table),
                });
            }
            _ => i += 1,
        }
    }
    out
}

/// `name -> Type,` entries, with their attributes.
fn columns(l: &Lowerer, tokens: &[TokenTree]) -> Vec<ColumnDef> {
    let mut out = Vec::new();
    let mut sql_name = None;
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            TokenTree::Punct(p) if p.as_char() == '#' => {
                if let Some(TokenTree::Group(g)) = tokens.get(i + 1) {
                    sql_name = sql_name.or(attr_sql_name(g));
                }
                i += 2;
            }
            TokenTree::Ident(name) => {
                let arrow = matches!(
                    (tokens.get(i + 1), tokens.get(i + 2)),
                    (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b))) if a.as_char() == '-' && b.as_char() == '>'
                );
                if !arrow {
                    i += 1;
                    continue;
                }
                // The SQL type: up to a comma outside angle brackets.
                let mut j = i + 3;
                let mut depth = 0i32;
                let mut sql_type = String::new();
                while let Some(t) = tokens.get(j) {
                    match t {
                        TokenTree::Punct(p) if p.as_char() == ',' && depth == 0 => break,
                        TokenTree::Punct(p) if p.as_char() == '<' => depth += 1,
                        TokenTree::Punct(p) if p.as_char() == '>' => depth -= 1,
                        _ => {}
                    }
                    sql_type.push_str(&t.to_string());
                    j += 1;
                }
                let rust = ident(name);
                out.push(ColumnDef {
                    sql_name: sql_name.take().unwrap_or_else(|| rust.clone()),
                    name: rust,
                    span: l.sp(name.span()),
                    sql_type,
                });
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// An identifier without its raw prefix (`r#type` → `type`).
fn ident(id: &proc_macro2::Ident) -> String {
    let s = id.to_string();
    s.strip_prefix("r#").map(str::to_string).unwrap_or(s)
}

/// `[sql_name = "..."]`.
fn attr_sql_name(group: &proc_macro2::Group) -> Option<String> {
    let parts: Vec<TokenTree> = group.stream().into_iter().collect();
    match parts.as_slice() {
        [TokenTree::Ident(k), TokenTree::Punct(eq), TokenTree::Literal(v)]
            if k == "sql_name" && eq.as_char() == '=' =>
        {
            let lit = v.to_string();
            lit.strip_prefix('"').and_then(|s| s.strip_suffix('"')).map(str::to_string)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::syntax::{parse_file, ItemKind};

    #[test]
    fn diesel_tables_are_lowered_with_their_columns() {
        let src = "diesel::table! {\n    use diesel::sql_types::*;\n    /// People.\n    #[sql_name = \"people\"]\n    \
                   app.person (id) {\n        id -> Int4,\n        #[max_length = 255]\n        email -> Nullable<Varchar>,\n        \
                   #[sql_name = \"type\"]\n        type_ -> Text,\n        r#ref -> Array<Nullable<Text>>,\n    }\n}\n\
                   table! { other { x -> Int4 } }\n";
        let model = parse_file(src).expect("parses");
        let tables: Vec<_> = model
            .items
            .iter()
            .filter_map(|i| match &i.kind {
                ItemKind::Table(t) => Some((i.name.as_str(), t)),
                _ => None,
            })
            .collect();
        assert_eq!(tables.len(), 2);
        let (name, person) = tables[0];
        assert_eq!((name, person.sql_name.as_str()), ("person", "people"));
        let cols: Vec<(&str, &str, &str)> =
            person.columns.iter().map(|c| (c.name.as_str(), c.sql_name.as_str(), c.sql_type.as_str())).collect();
        assert_eq!(
            cols,
            [
                ("id", "id", "Int4"),
                ("email", "email", "Nullable<Varchar>"),
                ("type_", "type", "Text"),
                ("ref", "ref", "Array<Nullable<Text>>")
            ]
        );
        assert_eq!(&src[person.columns[1].span.lo as usize..person.columns[1].span.hi as usize], "email");
        assert_eq!((tables[1].0, tables[1].1.sql_name.as_str()), ("other", "other"));
    }
}

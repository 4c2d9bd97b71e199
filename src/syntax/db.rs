//! What database code needs from the syntax: the `derive`, `diesel`, `sea_orm` and
//! `sqlx` attributes of model structs and fields, the text of string constants, and
//! the module diesel's `table!` expands to (so paths such as `messages::body` and
//! `use schema::messages::dsl::*` resolve like any item).

use super::lower::Lowerer;
use super::model::*;
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use syn::punctuated::Punctuated;
use syn::Token;

/// Derives that bind a struct to a table or fill it from a row.
const DB_DERIVES: &[&str] = &[
    "Queryable",
    "Selectable",
    "Insertable",
    "AsChangeset",
    "Identifiable",
    "QueryableByName",
    "FromRow",
    "DeriveEntityModel",
];

/// Whether a word written in an attribute may make it one [`attrs`] reads.
pub(super) fn is_db_word(w: &str) -> bool {
    matches!(w, "diesel" | "sea_orm" | "sqlx") || DB_DERIVES.contains(&w)
}

/// The database attributes among `attrs`, `None` when there are none.
pub(super) fn attrs(attrs: Vec<&syn::Attribute>) -> Option<Box<DbInfo>> {
    let mut info = DbInfo::default();
    for a in attrs {
        meta(&a.meta, &mut info, 0);
    }
    (info != DbInfo::default()).then(|| Box::new(info))
}

fn nested(list: &syn::MetaList) -> Vec<syn::Meta> {
    list.parse_args_with(Punctuated::<syn::Meta, Token![,]>::parse_terminated)
        .map(|p| p.into_iter().collect())
        .unwrap_or_default()
}

fn meta(m: &syn::Meta, info: &mut DbInfo, depth: usize) {
    let syn::Meta::List(list) = m else { return };
    let Some(name) = list.path.segments.last().map(|s| s.ident.to_string()) else { return };
    match name.as_str() {
        // `cfg_attr(predicate, attr, attr..)`: the predicate is not evaluated.
        "cfg_attr" if depth < 4 => {
            for inner in nested(list).iter().skip(1) {
                meta(inner, info, depth + 1);
            }
        }
        "derive" => {
            let paths = list.parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated);
            for p in paths.into_iter().flatten() {
                let Some(last) = p.segments.last().map(|s| s.ident.to_string()) else { continue };
                if DB_DERIVES.contains(&last.as_str()) && !info.derives.contains(&last) {
                    info.derives.push(last);
                }
            }
        }
        "diesel" | "sea_orm" | "sqlx" => {
            for inner in nested(list) {
                let syn::Meta::NameValue(nv) = inner else { continue };
                let key = nv.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
                let value = match &nv.value {
                    syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
                    syn::Expr::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
                    _ => None,
                };
                match key.as_str() {
                    "table_name" if name != "sqlx" => info.table_name = value,
                    "column_name" if name != "sqlx" => info.column_name = value,
                    "rename" if name == "sqlx" => info.column_name = value,
                    _ => {}
                }
            }
        }
        _ => {}
    }
}

/// The value of a string constant: a literal, or `concat!` of literals.
pub(super) fn const_text(l: &Lowerer, e: &syn::Expr) -> Option<SpannedStr> {
    match e {
        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => {
            Some(SpannedStr { value: s.value(), span: l.sp(s.span()) })
        }
        syn::Expr::Macro(m) if m.mac.path.segments.last().is_some_and(|s| s.ident == "concat") => {
            let parts = m.mac.parse_body_with(Punctuated::<syn::LitStr, Token![,]>::parse_terminated).ok()?;
            let value = parts.iter().map(syn::LitStr::value).collect();
            Some(SpannedStr { value, span: l.sp(m.mac.path.segments[0].ident.span()) })
        }
        syn::Expr::Group(g) => const_text(l, &g.expr),
        syn::Expr::Paren(p) => const_text(l, &p.expr),
        _ => None,
    }
}

/// The modules a `diesel::table!` invocation declares, as diesel expands them: per
/// table `name::{table, <columns>, columns::*, dsl::*}`, `dsl` holding the columns and
/// the table under its own name. Attributes are skipped except `#[sql_name = ".."]`.
pub(super) fn tables(l: &Lowerer, mac: &syn::Macro) -> Vec<Item> {
    let tokens: Vec<TokenTree> = mac.tokens.clone().into_iter().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut sql_name = None;
    while i < tokens.len() {
        match &tokens[i] {
            TokenTree::Punct(p) if p.as_char() == '#' => {
                if let Some(TokenTree::Group(g)) = tokens.get(i + 1) {
                    sql_name = sql_name_attr(g.stream()).or(sql_name);
                }
                i += 2;
            }
            TokenTree::Ident(id) if id == "use" => {
                while i < tokens.len() && !matches!(&tokens[i], TokenTree::Punct(p) if p.as_char() == ';') {
                    i += 1;
                }
                i += 1;
            }
            TokenTree::Ident(first) => {
                // `[schema .] name [(primary key)] { columns }`
                let mut schema = None;
                let mut name = first.clone();
                i += 1;
                if let (Some(TokenTree::Punct(p)), Some(TokenTree::Ident(n))) = (tokens.get(i), tokens.get(i + 1)) {
                    if p.as_char() == '.' {
                        schema = Some(first.to_string());
                        name = n.clone();
                        i += 2;
                    }
                }
                while let Some(TokenTree::Group(g)) = tokens.get(i) {
                    i += 1;
                    if g.delimiter() == Delimiter::Brace {
                        let table = sql_name.take().unwrap_or_else(|| name.to_string());
                        out.push(table_module(l, &name, schema.take(), table, g.stream()));
                        break;
                    }
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// `sql_name = "x"` inside an attribute's brackets.
fn sql_name_attr(attr: TokenStream) -> Option<String> {
    let t: Vec<TokenTree> = attr.into_iter().collect();
    match (t.first(), t.get(2)) {
        (Some(TokenTree::Ident(k)), Some(TokenTree::Literal(v))) if k == "sql_name" => {
            syn::parse_str::<syn::LitStr>(&v.to_string()).ok().map(|s| s.value())
        }
        _ => None,
    }
}

/// The columns of one table: `[#[sql_name = ".."]] name -> Type,`, with the SQL name
/// and the type as written.
fn columns(body: TokenStream) -> Vec<(proc_macro2::Ident, String, String)> {
    let tokens: Vec<TokenTree> = body.into_iter().collect();
    let mut out = Vec::new();
    let mut sql_name = None;
    let mut at_start = true;
    for (i, t) in tokens.iter().enumerate() {
        match t {
            TokenTree::Punct(p) if p.as_char() == ',' => at_start = true,
            TokenTree::Punct(p) if p.as_char() == '#' && at_start => {
                if let Some(TokenTree::Group(g)) = tokens.get(i + 1) {
                    sql_name = sql_name_attr(g.stream()).or(sql_name);
                }
            }
            TokenTree::Ident(id) if at_start => {
                let arrow = matches!(tokens.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == '-');
                if arrow {
                    let ty = tokens[i + 1..]
                        .iter()
                        .skip(2)
                        .take_while(|t| !matches!(t, TokenTree::Punct(p) if p.as_char() == ','));
                    let sql_type = ty.map(ToString::to_string).collect::<Vec<_>>().join("");
                    out.push((id.clone(), sql_name.take().unwrap_or_else(|| id.to_string()), sql_type));
                    at_start = false;
                }
            }
            _ => {}
        }
    }
    out
}

fn item(name: &str, span: Span, db: Option<DbInfo>, kind: ItemKind) -> Item {
    let attrs = Attrs { db: db.map(Box::new), ..Attrs::default() };
    Item { name: name.to_string(), span, is_pub: true, attrs, kind }
}

fn reexport(names: &[String], span: Span) -> ItemKind {
    let entry = |name: &String, alias: &String| UseEntry {
        path: vec!["super".into(), name.clone()],
        alias: Some(alias.clone()),
        global: false,
        is_pub: true,
        span,
    };
    ItemKind::Use(names.iter().map(|n| entry(n, n)).collect())
}

fn table_module(
    l: &Lowerer,
    name: &proc_macro2::Ident,
    schema: Option<String>,
    table: String,
    body: TokenStream,
) -> Item {
    let span = l.sp(name.span());
    let cols = columns(body);
    let names: Vec<String> = cols.iter().map(|(id, _, _)| id.to_string()).collect();
    let sql_columns: Vec<String> = cols.iter().map(|(_, c, _)| c.clone()).collect();
    let konst = || ItemKind::Const { ty: Ty::Other };
    let mut items = Vec::new();
    let table_info = SchemaItem::Table { schema: schema.clone(), name: table.clone(), columns: sql_columns };
    items.push(item("table", span, Some(DbInfo { schema: Some(table_info), ..DbInfo::default() }), konst()));
    for (id, column, sql_type) in &cols {
        let (name, sql_type) = (column.clone(), sql_type.clone());
        let info = SchemaItem::Column { schema: schema.clone(), table: table.clone(), name, sql_type };
        let db = DbInfo { schema: Some(info), ..DbInfo::default() };
        items.push(item(&id.to_string(), l.sp(id.span()), Some(db), konst()));
    }
    items.push(item(
        "columns",
        span,
        None,
        ItemKind::Mod(ModDef { inline: Some(vec![item("", span, None, reexport(&names, span))]) }),
    ));
    let mut dsl = vec![item("", span, None, reexport(&names, span))];
    let as_table = UseEntry {
        path: vec!["super".into(), "table".into()],
        alias: Some(name.to_string()),
        global: false,
        is_pub: true,
        span,
    };
    dsl.push(item("", span, None, ItemKind::Use(vec![as_table])));
    items.push(item("dsl", span, None, ItemKind::Mod(ModDef { inline: Some(dsl) })));
    item(&name.to_string(), span, None, ItemKind::Mod(ModDef { inline: Some(items) }))
}

#[cfg(test)]
mod tests {
    use crate::syntax::*;

    #[test]
    fn table_macro_becomes_the_module_diesel_expands_to() {
        let src = r#"diesel::table! {
            use diesel::sql_types::*;
            /// Users.
            #[sql_name = "people"]
            app.users (id) {
                id -> Int4,
                #[sql_name = "mail"]
                #[max_length = 255]
                email -> Nullable<Varchar>,
            }
        }
        #[derive(Debug, Clone)]
        #[cfg_attr(feature = "full", derive(Queryable, Selectable), diesel(table_name = crate::schema::users))]
        pub struct User { #[diesel(column_name = mail)] pub address: String }"#;
        let m = parse_file(src).expect("parses");
        let ItemKind::Mod(ModDef { inline: Some(items) }) = &m.items[0].kind else { panic!("not a module") };
        assert_eq!(m.items[0].name, "users");
        let schema = |i: usize| items[i].attrs.db.as_ref().and_then(|d| d.schema.clone());
        let table = SchemaItem::Table {
            schema: Some("app".into()),
            name: "people".into(),
            columns: vec!["id".into(), "mail".into()],
        };
        assert_eq!(schema(0), Some(table));
        let column = SchemaItem::Column {
            schema: Some("app".into()),
            table: "people".into(),
            name: "mail".into(),
            sql_type: "Nullable<Varchar>".into(),
        };
        assert_eq!((items[2].name.as_str(), schema(2)), ("email", Some(column)));
        let user = m.items.iter().find(|i| i.name == "User").expect("the struct");
        let db = user.attrs.db.as_ref().expect("model attributes");
        assert_eq!(
            (db.derives.as_slice(), db.table_name.as_deref()),
            (&["Queryable".to_string(), "Selectable".to_string()][..], Some("users"))
        );
        let ItemKind::Struct(adt) = &user.kind else { panic!("not a struct") };
        let field = adt.fields.iter().next().and_then(|f| f.attrs.db.as_ref()).and_then(|d| d.column_name.clone());
        assert_eq!(field.as_deref(), Some("mail"));
    }
}

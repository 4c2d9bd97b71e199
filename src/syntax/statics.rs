//! The statics `thread_local!` and `lazy_static!` declare, lowered like written ones:
//! `[pub] static [ref] NAME: Type = init;` (thread-locals may write `const { init }`).

use super::lower::{is_pub, Lowerer};
use super::model::{Attrs, Item, ItemKind};
use syn::parse::{ParseStream, Parser};

/// One declaration inside the macro.
struct Decl {
    vis: syn::Visibility,
    name: syn::Ident,
    ty: syn::Type,
    init: syn::Expr,
}

/// Adds to `out` the statics of a `thread_local!` or `lazy_static!` invocation (by the
/// last segment of its path); nothing for other macros or what does not parse.
pub(super) fn statics(l: &Lowerer, mac: &syn::Macro, out: &mut Vec<Item>) {
    let Some(last) = mac.path.segments.last() else { return };
    if last.ident != "thread_local" && last.ident != "lazy_static" {
        return;
    }
    let Ok(decls) = decls.parse2(mac.tokens.clone()) else { return };
    for d in decls {
        let ty = l.ty(&d.ty);
        let init = l.static_init(&d.init, out);
        let span = l.sp(d.name.span());
        let kind = ItemKind::Static { ty, init };
        out.push(Item { name: d.name.to_string(), span, is_pub: is_pub(&d.vis), attrs: Attrs::default(), kind });
    }
}

fn decls(input: ParseStream) -> syn::Result<Vec<Decl>> {
    let mut out = Vec::new();
    while !input.is_empty() {
        input.call(syn::Attribute::parse_outer)?;
        let vis: syn::Visibility = input.parse()?;
        input.parse::<syn::Token![static]>()?;
        if input.peek(syn::Token![ref]) {
            input.parse::<syn::Token![ref]>()?;
        }
        let name: syn::Ident = input.parse()?;
        input.parse::<syn::Token![:]>()?;
        let ty: syn::Type = input.parse()?;
        input.parse::<syn::Token![=]>()?;
        let init: syn::Expr = input.parse()?;
        if !input.is_empty() {
            input.parse::<syn::Token![;]>()?;
        }
        out.push(Decl { vis, name, ty, init });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use crate::syntax::{parse_file, ItemKind};

    #[test]
    fn thread_local_and_lazy_static_declare_statics() {
        let src = "thread_local! { static A: RefCell<Vec<String>> = RefCell::new(Vec::new()); \
                   pub static B: Cell<u32> = const { Cell::new(0) } }\n\
                   lazy_static::lazy_static! { pub static ref C: Mutex<String> = Mutex::new(load()); }\n\
                   other! { static D: u8 = 0; }";
        let model = parse_file(src).expect("parses");
        let statics: Vec<(&str, bool)> = model
            .items
            .iter()
            .filter(|i| matches!(i.kind, ItemKind::Static { .. }))
            .map(|i| (i.name.as_str(), i.is_pub))
            .collect();
        assert_eq!(statics, vec![("A", false), ("B", true), ("C", true)]);
    }
}

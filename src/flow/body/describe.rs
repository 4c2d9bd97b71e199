//! Words for labels and trace steps: what an expression is, a type as people write it.

use super::Ctx;
use crate::resolve::{DefKind, Program, Ty};
use crate::syntax::ExprKind;

/// The label on a query that reads classified columns.
pub(super) const QUERY_READS: &str = "the query reads this data";

pub(super) fn first_known(tys: impl IntoIterator<Item = Ty>) -> Ty {
    tys.into_iter().find(|t| *t != Ty::Unknown).unwrap_or(Ty::Unknown)
}

pub(super) fn describe(kind: &ExprKind) -> String {
    match kind {
        ExprKind::Name(n) => format!("`{n}`"),
        ExprKind::Path(p) => format!("`{}`", p.segments.join("::")),
        ExprKind::Call { .. } => "the value returned here".into(),
        ExprKind::MethodCall { method, .. } => format!("the value returned by `.{method}()`"),
        ExprKind::Field { name, .. } => format!("`.{name}`"),
        ExprKind::Struct { .. } => "the value built here".into(),
        _ => "this value".into(),
    }
}

/// The label on an expression carrying classified data.
pub(super) fn describe_val(cx: &Ctx, kind: &ExprKind, ty: &Ty) -> String {
    match ty {
        Ty::Unknown | Ty::Tuple(_) => format!("{} carries data derived from it", describe(kind)),
        Ty::Extern(p, _) if p.starts_with("{db}") => QUERY_READS.into(),
        _ => value_note(cx, describe(kind), ty),
    }
}

/// "reads field `Account::email`" for a classified field, else "`x` is `Vec<ChatMessage>`".
pub(super) fn value_note(cx: &Ctx, what: String, ty: &Ty) -> String {
    if let Ty::Field(owner, i, inner) = ty {
        if cx.policy.field_class.contains_key(&(*owner, *i)) {
            return format!("reads {}", ty_name(cx.prog, ty));
        }
        return value_note(cx, what, inner);
    }
    format!("{what} is {}", ty_name(cx.prog, ty))
}

/// A type as people write it: `Vec<ChatMessage>`.
pub fn ty_name(prog: &Program, ty: &Ty) -> String {
    fn go(prog: &Program, ty: &Ty, depth: usize) -> String {
        if depth > 8 {
            return "..".into();
        }
        let list = |ts: &[Ty]| ts.iter().map(|t| go(prog, t, depth + 1)).collect::<Vec<_>>().join(", ");
        match ty {
            Ty::Adt(d, args) if args.is_empty() || args.iter().all(|a| *a == Ty::Unknown) => {
                format!("`{}`", prog.def(*d).name)
            }
            Ty::Adt(d, args) => format!("`{}<{}>`", prog.def(*d).name, list(args).replace('`', "")),
            Ty::Alias(d, _) => format!("`{}`", prog.def(*d).name),
            Ty::Field(owner, i, _) => {
                let d = prog.def(*owner);
                let owner_name = match &d.kind {
                    DefKind::Variant { parent, .. } => format!("{}::{}", prog.def(*parent).name, d.name),
                    _ => d.name.clone(),
                };
                let field =
                    prog.fields.get(owner).and_then(|f| f.get(*i as usize)).map(|(n, _)| n.as_str()).unwrap_or("?");
                format!("field `{owner_name}::{field}`")
            }
            Ty::Extern(p, args) => {
                let name = crate::syntax::last_segment(p);
                if args.is_empty() {
                    format!("`{name}`")
                } else {
                    format!("`{name}<{}>`", list(args).replace('`', ""))
                }
            }
            Ty::Ref(inner) => format!("`&{}`", go(prog, inner, depth + 1).replace('`', "")),
            Ty::Tuple(ts) => format!("`({})`", list(ts).replace('`', "")),
            Ty::Slice(t) => format!("`[{}]`", go(prog, t, depth + 1).replace('`', "")),
            Ty::Bounded(_, args) if !args.is_empty() => format!("`impl ..<{}>`", list(args).replace('`', "")),
            _ => "`_`".into(),
        }
    }
    go(prog, ty, 0)
}

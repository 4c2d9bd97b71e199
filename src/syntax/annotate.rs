//! Annotations, read while lowering: every attribute or macro that may be a
//! redline annotation is read with the grammar the annotations crate uses
//! (`redline-grammar`), as the crate or the compiler reads it at that place,
//! errors included. Whether it is redline's is decided after name resolution;
//! the policy then reports its errors or uses it.

use super::lower::Lowerer;
use super::model::*;
use redline_grammar::{self as grammar, Kind, MacroPlace};
use syn::spanned::Spanned;

/// Where attributes are written, which decides what the compiler and the
/// annotations crate make of them.
#[derive(Clone, Copy)]
pub(super) enum Site<'a> {
    Item(&'a syn::Item),
    ImplItem(&'a syn::ImplItem),
    TraitItem(&'a syn::TraitItem),
    /// A field (of this type): its container attribute reads its `data`, `consent` and
    /// `opt_out` attributes.
    Field(&'a syn::Type),
    /// An enum variant: its container attribute rejects `data` there.
    Variant,
    /// A parameter: no attribute macro runs there.
    Param,
    Statement,
}

const MODULE_PURPOSE_HELP: &str =
    "a module declares its purpose with `redline::module_purpose!(\"..\")` among its items, at the top of its file";

/// Whether a path may name a redline annotation: its last segment names one,
/// or it has a prefix that may be the annotations crate (`redline::date`).
fn candidate(path: &syn::Path) -> bool {
    path.segments.len() > 1 || path.segments.last().is_some_and(|s| Kind::ALL.iter().any(|k| s.ident == k.name()))
}

fn segments(path: &syn::Path) -> Vec<String> {
    path.segments.iter().map(|segment| segment.ident.to_string()).collect()
}

impl Lowerer<'_> {
    fn errors(&self, error: syn::Error) -> Vec<Malformed> {
        error.into_iter().map(|e| Malformed { message: e.to_string(), span: self.sp(e.span()), help: None }).collect()
    }

    fn text(&self, s: grammar::Str) -> SpannedStr {
        SpannedStr { value: s.value, span: self.sp(s.span) }
    }

    /// The annotation as the model keeps it, or every error.
    fn read(
        &self,
        parsed: syn::Result<grammar::Annotation>,
        more: Vec<syn::Error>,
    ) -> Result<Annotation, Vec<Malformed>> {
        let mut errors: Vec<Malformed> = more.into_iter().flat_map(|e| self.errors(e)).collect();
        let annotation = match parsed {
            Ok(annotation) => annotation,
            Err(e) => {
                let mut all = self.errors(e);
                all.append(&mut errors);
                return Err(all);
            }
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(match annotation {
            grammar::Annotation::Data { category, purposes } => Annotation::Data {
                category: self.text(category),
                purposes: purposes.map(|p| p.into_iter().map(|s| self.text(s)).collect()),
            },
            grammar::Annotation::Classified => Annotation::Classified,
            grammar::Annotation::Purpose(p) => Annotation::Purpose(p.into_iter().map(|s| self.text(s)).collect()),
            grammar::Annotation::Declassify { from, reason } => {
                Annotation::Declassify { from: self.text(from), reason: self.text(reason) }
            }
            grammar::Annotation::Guard { opt_out, purposes, categories, reason } => Annotation::Guard {
                opt_out,
                purposes: purposes.into_iter().map(|s| self.text(s)).collect(),
                categories: categories.into_iter().map(|s| self.text(s)).collect(),
                reason: reason.map(|s| self.text(s)),
            },
        })
    }

    fn path_span(&self, path: &syn::Path) -> Span {
        self.sp(path.span())
    }

    fn found(&self, path: &syn::Path, span: Span, args: Result<Annotation, Vec<Malformed>>) -> AnnotationAttr {
        let name_span = path.segments.last().map_or(span, |s| self.sp(s.ident.span()));
        AnnotationAttr { path: segments(path), span, path_span: self.path_span(path), name_span, args }
    }

    /// The attributes among `attrs` that may be redline annotations, read as at `site`.
    pub(super) fn annotation_attrs(&self, attrs: &[syn::Attribute], site: Site) -> Vec<AnnotationAttr> {
        let field_data = match site {
            Site::Field(ty) => grammar::field_annotations(attrs, ty),
            _ => Vec::new(),
        };
        let mut out = Vec::new();
        for (i, attr) in attrs.iter().enumerate() {
            if !candidate(attr.path()) {
                continue;
            }
            let data = field_data.iter().position(|(at, _)| *at == i);
            let args = match (data, Kind::from_name(&segments(attr.path()).pop().unwrap_or_default())) {
                (_, None) => Err(Vec::new()),
                (Some(at), _) => match &field_data[at].1 {
                    Ok(annotation) => self.read(Ok(annotation.clone()), Vec::new()),
                    Err(e) => Err(self.errors(e.clone())),
                },
                (None, Some(kind)) => self.attr_args(attr, kind, site),
            };
            out.push(self.found(attr.path(), self.sp(attr.span()), args));
        }
        out
    }

    /// What annotation `kind` written as `attr` says at `site`.
    fn attr_args(&self, attr: &syn::Attribute, kind: Kind, site: Site) -> Result<Annotation, Vec<Malformed>> {
        let path = attr.path();
        let at_path = |message: String| Err(vec![Malformed { message, span: self.path_span(path), help: None }]);
        if matches!(attr.style, syn::AttrStyle::Inner(_)) {
            let help = (kind == Kind::Purpose).then(|| MODULE_PURPOSE_HELP.to_string());
            let message = grammar::rustc::INNER_ATTRIBUTE.to_string();
            return Err(vec![Malformed { message, span: self.path_span(path), help }]);
        }
        if !kind.is_attribute() {
            return at_path(grammar::rustc::macro_as_attribute(&grammar::path_text(path)));
        }
        let placed = match site {
            Site::Item(item) => grammar::check_item(kind, item, attr.span()),
            Site::ImplItem(item) => grammar::check_impl_item(kind, item, attr.span()),
            Site::TraitItem(item) => grammar::check_trait_item(kind, item, attr.span()),
            Site::Variant if kind == Kind::Data || kind.is_guard() => {
                return Err(self.errors(grammar::variant_data(attr)))
            }
            Site::Field(_) | Site::Variant | Site::Param => {
                return at_path(grammar::rustc::not_a_non_macro_attribute(&grammar::path_text(path)))
            }
            Site::Statement => {
                let message = grammar::rustc::ON_STATEMENT.to_string();
                return Err(vec![Malformed { message, span: self.sp(attr.span()), help: None }]);
            }
        };
        self.read(grammar::parse_attribute(kind, attr), placed.err().into_iter().collect())
    }

    /// Annotation items for the annotations among `attrs` where they belong to
    /// nothing the model keeps (a `use`, a parameter, a statement); each is an
    /// error if redline's.
    pub(super) fn loose_attrs(&self, attrs: &[syn::Attribute], site: Site, out: &mut Vec<Item>) {
        let annotations = self.annotation_attrs(attrs, site);
        if annotations.is_empty() {
            return;
        }
        let test_only = grammar::is_test_only(attrs);
        out.extend(annotations.into_iter().map(|a| loose(a, test_only)));
    }

    /// A macro invocation that may be a redline annotation, as an item:
    /// `module_purpose!` among a module's items (`place` none; `repeated` when
    /// the module declared its purpose before), or anywhere else an error.
    pub(super) fn macro_annotation(
        &self,
        mac: &syn::Macro,
        place: Option<MacroPlace>,
        repeated: Option<&syn::Error>,
        test_only: bool,
    ) -> Option<Item> {
        let kind = mac.path.segments.last().and_then(|s| Kind::from_name(&s.ident.to_string()));
        let in_body = place == Some(MacroPlace::FunctionBody);
        let crate_path = mac.path.segments.len() > 1 && (!in_body || mac.path.segments[0].ident == "redline");
        if kind.is_none() && !crate_path {
            return None;
        }
        let call_site = mac.span();
        let args = match kind {
            None => Err(Vec::new()),
            Some(kind) if kind.is_attribute() => Err(vec![Malformed {
                message: grammar::rustc::attribute_as_macro(&grammar::path_text(&mac.path)),
                span: self.path_span(&mac.path),
                help: None,
            }]),
            Some(kind) => {
                let parsed = grammar::parse_args(kind, mac.tokens.clone(), call_site);
                let misplaced = place.map(|p| syn::Error::new(call_site, grammar::module_purpose_misplaced(p)));
                self.read(parsed, repeated.cloned().into_iter().chain(misplaced).collect())
            }
        };
        Some(loose(self.found(&mac.path, self.sp(call_site), args), test_only))
    }
}

/// `annotation` as an item of its module.
pub(super) fn loose(annotation: AnnotationAttr, test_only: bool) -> Item {
    Item {
        name: String::new(),
        span: annotation.span,
        is_pub: false,
        attrs: Attrs { cfg_test: test_only, ..Attrs::default() },
        kind: ItemKind::Annotation(annotation),
    }
}

/// The items lifted from the body of a function with `attrs`: its annotations
/// are test code when the function is (the compiler does not expand them
/// outside tests).
pub(super) fn test_code(mut lifted: Vec<Item>, attrs: &[syn::Attribute]) -> Vec<Item> {
    if grammar::is_test_only(attrs) {
        for item in lifted.iter_mut().filter(|item| matches!(item.kind, ItemKind::Annotation(_))) {
            item.attrs.cfg_test = true;
        }
    }
    lifted
}

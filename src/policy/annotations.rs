//! The annotations in code: which are redline's (decided by name resolution),
//! which of those the annotations crate or the compiler would reject (each a
//! `malformed-annotation`, worded as they word it; lowering read every
//! candidate with the crate's grammar), and what the others declare.

use super::{Builder, GuardTarget, Origin, PurposeDecl};
use crate::diag::{did_you_mean, Lint};
use crate::resolve::{Def, DefId, DefKind, ModId, Res};
use crate::syntax::{Annotation, AnnotationAttr, Fields, Span, SpannedStr};
use redline_grammar::{rustc, Kind};

/// What the annotations crate is called in code: its library name, and its
/// package name when a Cargo dependency renames it.
const CRATE_NAMES: [&str; 2] = ["redline", "redline_annotations"];

const VARIANT_HELP: &str = "an enum variant is not classified: classify its fields (under `#[redline::classified]` \
                            on the enum) or the whole enum";

const FIELD_HELP: &str = "the compiler runs attribute macros on fields only under a container attribute: \
                          put `#[redline::classified]` (or `#[redline::data(..)]`) on the type";

impl Builder<'_> {
    pub(super) fn annotations(&mut self) {
        let prog = self.prog;
        for (id, def) in prog.defs.iter().enumerate() {
            self.def_annotations(id as DefId, def);
            self.field_annotations(id as DefId, def);
        }
        for (i, imp) in prog.impls.iter().enumerate() {
            for (span, annotation) in self.valid(imp.module, &imp.file, &imp.attrs) {
                if let Annotation::Purpose(names) = annotation {
                    let decl = purpose_decl(&imp.file, span, &names, "#[redline::purpose] on the impl block");
                    self.impl_purpose.insert(i, decl);
                }
            }
        }
        for (m, module) in prog.modules.iter().enumerate() {
            let m = m as ModId;
            // Attributes on a module are written in its parent's file.
            let parent = module.parent.unwrap_or(m);
            let parent_file = &prog.modules[parent as usize].file;
            for (span, annotation) in self.valid(parent, parent_file, &module.attrs) {
                if let Annotation::Purpose(names) = annotation {
                    let decl = purpose_decl(parent_file, span, &names, "#[redline::purpose] on the module");
                    self.module_purpose.insert(m, decl);
                }
            }
            for (span, annotation) in self.valid(m, &module.file, &module.item_annotations) {
                if let Annotation::Purpose(names) = annotation {
                    let decl = purpose_decl(&module.file, span, &names, "redline::module_purpose!");
                    self.module_purpose.entry(m).or_insert(decl);
                }
            }
        }
    }

    /// Whether `path`, written in module `m`, names an item of the annotations crate.
    fn is_redline(&self, m: ModId, path: &[String]) -> bool {
        let Some(name) = path.last() else { return false };
        let full = match self.prog.resolve_path(m, path, false, false) {
            Some(Res::External(full)) => full.into(),
            Some(Res::Def(d)) => self.prog.def(d).path.clone(),
            _ => return false,
        };
        CRATE_NAMES.iter().any(|krate| full.strip_prefix(krate).and_then(|rest| rest.strip_prefix("::")) == Some(name))
    }

    /// Reports what is wrong with the redline annotation `a`, or returns what it declares.
    fn read(&mut self, file: &str, a: &AnnotationAttr) -> Option<Annotation> {
        let name = a.path.last().map_or("", String::as_str);
        if Kind::from_name(name).is_none() {
            let parent = a.path.len().checked_sub(2).map_or("redline", |i| a.path[i].as_str());
            let help = did_you_mean(name, Kind::ALL.iter().map(|kind| kind.name()));
            self.finding(Lint::MalformedAnnotation, file, a.name_span, rustc::not_found(name, parent), help);
            return None;
        }
        match &a.args {
            Ok(annotation) => Some(annotation.clone()),
            Err(errors) => {
                for e in errors {
                    self.finding(Lint::MalformedAnnotation, file, e.span, e.message.clone(), e.help.clone());
                }
                None
            }
        }
    }

    /// The redline annotations among `attrs`, written in module `m`, that are
    /// well-formed and name declared categories and purposes; the others are
    /// reported.
    fn valid(&mut self, m: ModId, file: &str, attrs: &[AnnotationAttr]) -> Vec<(Span, Annotation)> {
        let mut out = Vec::new();
        for a in attrs {
            if !self.is_redline(m, &a.path) {
                continue;
            }
            if let Some(annotation) = self.read(file, a) {
                if self.names_declared(file, &annotation) {
                    out.push((a.span, annotation));
                }
            }
        }
        out
    }

    fn names_declared(&mut self, file: &str, annotation: &Annotation) -> bool {
        match annotation {
            Annotation::Data { category, purposes } => {
                let c = self.check_category(file, category);
                let p = purposes.as_ref().is_none_or(|p| self.check_purposes(file, p));
                c && p
            }
            Annotation::Purpose(p) => self.check_purposes(file, p),
            Annotation::Declassify { from, .. } => self.check_category(file, from),
            Annotation::Classified => true,
            Annotation::Guard { purposes, categories, .. } => {
                let mut ok = self.check_purposes(file, purposes);
                for c in categories {
                    ok &= self.check_category(file, c);
                }
                ok
            }
        }
    }

    fn def_annotations(&mut self, id: DefId, def: &Def) {
        for (span, annotation) in self.valid(def.module, &def.file, &def.attrs) {
            match annotation {
                Annotation::Data { category, purposes } => {
                    let origin = Origin { file: def.file.to_string(), span, how: "#[redline::data]".into() };
                    let narrowed = purposes.map(|p| p.into_iter().map(|s| s.value).collect());
                    let c = self.add_class(&category.value, narrowed, origin, format!("`{}`", def.name));
                    self.policy.type_class.insert(id, c);
                }
                Annotation::Purpose(names) => {
                    self.own_purpose.insert(id, purpose_decl(&def.file, span, &names, "#[redline::purpose]"));
                }
                Annotation::Declassify { from, reason } => {
                    self.policy.declassify.entry(id).or_default().push((from.value, reason.value));
                }
                Annotation::Guard { .. } => {
                    let origin = Origin { file: def.file.to_string(), span, how: attribute_how(&annotation) };
                    self.attr_guard(GuardTarget::Fn(id), def.path.clone(), &annotation, origin);
                }
                Annotation::Classified => {}
            }
        }
    }

    /// Annotations on the fields of a struct, enum or union and on enum
    /// variants. A container attribute (redline's `data` or `classified` on
    /// the type) reads every attribute there whose path ends in `data`, and
    /// removes it; the compiler runs no other attribute macro there.
    fn field_annotations(&mut self, id: DefId, def: &Def) {
        let DefKind::Adt { fields, variants, is_enum, .. } = &def.kind else { return };
        let container = def.attrs.iter().any(|a| {
            matches!(a.path.last().map(String::as_str), Some("data" | "classified"))
                && self.is_redline(def.module, &a.path)
        });
        let owners: Vec<(DefId, &Fields, String)> = if *is_enum {
            let owner = |i: usize| id + 1 + i as DefId;
            variants
                .iter()
                .enumerate()
                .map(|(i, v)| (owner(i), &v.fields, format!("{}::{}", def.name, v.name)))
                .collect()
        } else {
            vec![(id, fields, def.name.clone())]
        };
        for variant in variants {
            for a in &variant.attrs.annotations {
                self.field_attr(def, a, container, false);
            }
        }
        for (owner, fields, owner_name) in owners {
            for (i, field) in fields.iter().enumerate() {
                for a in &field.attrs.annotations {
                    let Some(annotation) = self.field_attr(def, a, container, true) else { continue };
                    if !self.names_declared(&def.file, &annotation) {
                        continue;
                    }
                    if let Annotation::Guard { .. } = &annotation {
                        let origin =
                            Origin { file: def.file.to_string(), span: a.span, how: attribute_how(&annotation) };
                        let name = format!("{}::{}", self.prog.def(owner).path, field.name);
                        self.attr_guard(GuardTarget::Field(owner, i as u32), name, &annotation, origin);
                        continue;
                    }
                    let Annotation::Data { category, purposes } = &annotation else { continue };
                    let origin = Origin { file: def.file.to_string(), span: a.span, how: "#[redline::data]".into() };
                    let narrowed = purposes.as_ref().map(|p| p.iter().map(|s| s.value.clone()).collect());
                    let subject = format!("field `{owner_name}::{}`", field.name);
                    let c = self.add_class(&category.value, narrowed, origin, subject);
                    self.policy.field_class.insert((owner, i as u32), c);
                }
            }
        }
    }

    /// An attribute on a field (`on_field`) or an enum variant of `def`.
    fn field_attr(&mut self, def: &Def, a: &AnnotationAttr, container: bool, on_field: bool) -> Option<Annotation> {
        let data = a.path.last().is_some_and(|name| ["data", "consent", "opt_out"].contains(&name.as_str()));
        // A container reads its fields' `data`, `consent` and `opt_out` attributes,
        // whoever's they are.
        let read_by_container = container && data;
        if !read_by_container && !self.is_redline(def.module, &a.path) {
            return None;
        }
        if data && !container {
            let message = rustc::not_a_non_macro_attribute(&a.path.join("::"));
            let help = if on_field { FIELD_HELP } else { VARIANT_HELP };
            self.finding(Lint::MalformedAnnotation, &def.file, a.path_span, message, Some(help.to_string()));
            return None;
        }
        self.read(&def.file, a)
    }
}

/// How a guard attribute is named in messages.
fn attribute_how(a: &Annotation) -> String {
    match a {
        Annotation::Guard { opt_out: true, .. } => "#[redline::opt_out]".into(),
        _ => "#[redline::consent]".into(),
    }
}

fn purpose_decl(file: &str, span: Span, names: &[SpannedStr], how: &str) -> PurposeDecl {
    PurposeDecl {
        purposes: names.iter().map(|n| n.value.clone()).collect(),
        origin: Origin { file: file.to_string(), span, how: how.to_string() },
    }
}

use super::matcher::{match_parsed, match_rule, may_match};
use super::rules::parse_rules;
use super::transcribe::{spend_only, transcribe, Lazy, Out};
use proc_macro2::TokenStream;

/// What `input` expands to with the rules `def` (the body of a `macro_rules!`), as text
/// with the spacing of tokens removed.
fn expand(def: &str, input: &str) -> Result<String, String> {
    Ok(expand_tokens(def, input)?.to_string().replace(' ', ""))
}

fn expand_tokens(def: &str, input: &str) -> Result<TokenStream, String> {
    let rules = parse_rules(def.parse::<TokenStream>().map_err(|e| e.to_string())?)?;
    let input: TokenStream = input.parse().map_err(|e: proc_macro2::LexError| e.to_string())?;
    let (rule, b) = rules
        .iter()
        .find_map(|r| match_rule(&r.matcher, &input).map(|b| (r, b)))
        .ok_or_else(|| "no rule matches".to_string())?;
    let mut out = Out { krate: "dep", budget: 10_000, pending_semi: false, counting: false };
    transcribe(&rule.body, &b, &mut out)
}

#[test]
fn fragments_are_matched_and_substituted() {
    let def = "($name:ident, $t:ty, $e:expr, $p:path, $l:literal, $life:lifetime, $v:vis) => \
               { $v fn $name<$life>(x: $t) -> $p { let _ = $l; $e } }";
    let got = expand(def, "f, &'a str, x.len() + 1, std::string::String, -3, 'a, pub(crate)").unwrap();
    assert_eq!(got, "pub(crate)fnf<'a>(x:&'astr)->std::string::String{let_=-3;x.len()+1}");
}

#[test]
fn patterns_blocks_items_statements_meta_and_tokens() {
    let def = "($p:pat, $q:pat_param, $b:block, $i:item, $s:stmt, #[$m:meta] $t:tt) => \
               { $i #[$m] fn g() { let $p = 1; let $q = 2; $s; $b $t } }";
    let got = expand(def, "Some(a) | None, b, { a + b }, struct S;, let c = 3, #[inline] [x]").unwrap();
    assert_eq!(got, "structS;#[inline]fng(){letSome(a)|None=1;letb=2;letc=3;{a+b}[x]}");
}

#[test]
fn rules_are_tried_in_order() {
    let def = "(@inner $e:expr) => { inner($e) }; ($e:expr) => { outer($e) };";
    assert_eq!(expand(def, "@inner 1").unwrap(), "inner(1)");
    assert_eq!(expand(def, "2").unwrap(), "outer(2)");
    assert!(expand("(a) => {}", "b").is_err());
}

#[test]
fn rules_that_fail_at_their_first_tokens_are_told_without_syn() {
    let rules = parse_rules(
        "(Request($v:ident($($a:tt)+))) => {}; ($v:ident($l:ident!($($a:tt)+))) => {}; \
         (@x [$e:expr] ;) => {}; ($($a:tt)+) => {}; ($l:literal) => {}; (a b) => {};"
            .parse()
            .unwrap(),
    )
    .unwrap();
    let inputs = [
        "\"plain {x}\"",
        "Request(NotFound(\"no\"))",
        "Database(error!(\"db {e}\"))",
        "@x [1 + 2] ;",
        "@x [1 + 2]",
        "@x (1)",
        "a b",
        "a b c",
        "a",
        "",
        "-1",
    ];
    for input in inputs {
        let input: TokenStream = input.parse().unwrap();
        for rule in &rules {
            let matched = match_parsed(&rule.matcher, &input).is_some();
            // Told `false` only where the match fails, and the match is the same either way.
            assert!(may_match(&rule.matcher, input.clone()) || !matched, "{input} against a rule");
            assert_eq!(match_rule(&rule.matcher, &input).is_some(), matched, "{input}");
        }
    }
    // Passed on from another macro, a fragment is in an invisible group: `syn` looks into it.
    let grouped = TokenStream::from(proc_macro2::TokenTree::Group(proc_macro2::Group::new(
        proc_macro2::Delimiter::None,
        "x".parse().unwrap(),
    )));
    let ident = parse_rules("($v:ident) => {};".parse().unwrap()).unwrap();
    assert!(may_match(&ident[0].matcher, grouped.clone()));
    assert!(match_rule(&ident[0].matcher, &grouped).is_some());
}

#[test]
fn repetitions_with_separators_and_optional_trailers() {
    let def = "($($x:expr),* $(,)?) => { [$( f($x) ),*] }";
    assert_eq!(expand(def, "1, 2, 3,").unwrap(), "[f(1),f(2),f(3)]");
    assert_eq!(expand(def, "").unwrap(), "[]");
    let plus = "($($x:ident)+) => { $($x;)+ }";
    assert_eq!(expand(plus, "a b").unwrap(), "a;b;");
    assert!(expand(plus, "").is_err());
    let arrow = "($($k:ident => $v:expr),*) => { $( m.insert($k, $v); )* }";
    assert_eq!(expand(arrow, "a => 1, b => 2").unwrap(), "m.insert(a,1);m.insert(b,2);");
}

#[test]
fn nested_repetitions_and_shallower_variables() {
    let def = "($s:ident { $($f:ident : [$($v:expr),*]);* }) => { $( $( $s.$f.push($v); )* )* }";
    let got = expand(def, "p { a: [1, 2]; b: [3] }").unwrap();
    assert_eq!(got, "p.a.push(1);p.a.push(2);p.b.push(3);");
}

#[test]
fn expressions_keep_their_precedence() {
    // An invisible group around the fragment: `(1 + 1) * 2`, as rustc reads it.
    let parsed: syn::Expr = syn::parse2(expand_tokens("($e:expr) => { $e * 2 }", "1 + 1").unwrap()).unwrap();
    let syn::Expr::Binary(b) = parsed else { panic!("not a binary expression") };
    assert!(matches!(b.op, syn::BinOp::Mul(_)));
    assert!(matches!(*b.left, syn::Expr::Group(_)));
}

#[test]
fn crate_is_written_as_the_invocation_names_it() {
    assert_eq!(expand("() => { $crate::helper!() }", "").unwrap(), "dep::helper!()");
}

#[test]
fn repetition_counts_must_agree() {
    let err = expand("($($a:ident)* ; $($b:ident)*) => { $( $a $b )* }", "x y ; z").unwrap_err();
    assert!(err.contains("repeats"), "{err}");
    let err = expand("($($a:ident)*) => { $a }", "x").unwrap_err();
    assert!(err.contains("still repeating"), "{err}");
}

#[test]
fn transcription_stops_at_its_budget() {
    let rules = parse_rules("($($x:tt)*) => { $($x $x $x)* }".parse().unwrap()).unwrap();
    let input: TokenStream = "a ".repeat(1000).parse().unwrap();
    let b = match_rule(&rules[0].matcher, &input).unwrap();
    let mut out = Out { krate: "crate", budget: 100, pending_semi: false, counting: false };
    assert!(transcribe(&rules[0].body, &b, &mut out).is_err());
}

#[test]
fn a_transcription_written_as_it_is_read_is_the_whole_one_and_spends_as_much() {
    let def = "($($n:ident : $t:ty = $e:expr);*) => { struct S { $($n: $t),* } impl S { $(fn $n() -> $t { $e })* } \
               const K: u8 = { 1 }; $crate::f!(); }";
    let rules = parse_rules(def.parse().unwrap()).unwrap();
    let input: TokenStream = "a: u8 = 1 + 2; b: Vec<u8> = vec![1]; c: () = {}".parse().unwrap();
    let b = match_rule(&rules[0].matcher, &input).unwrap();
    let mut whole = Out { krate: "dep", budget: 10_000, pending_semi: false, counting: false };
    let written = transcribe(&rules[0].body, &b, &mut whole).unwrap();
    let mut counted = Out { krate: "dep", budget: 10_000, pending_semi: false, counting: false };
    spend_only(&rules[0].body, &b, &mut counted).unwrap();
    assert_eq!(counted.budget, whole.budget);
    let lazy: TokenStream = Lazy::new(&rules[0].body, &b, "dep").collect::<Result<_, _>>().unwrap();
    assert_eq!(lazy.to_string(), written.to_string());
    let mut short = Out { krate: "dep", budget: 10, pending_semi: false, counting: false };
    assert!(spend_only(&rules[0].body, &b, &mut short).is_err());
}

#[test]
fn unreadable_definitions_say_why() {
    assert!(parse_rules("($x:bogus) => {}".parse().unwrap()).unwrap_err().contains("bogus"));
    assert!(parse_rules("($($x:ident) ,) => {}".parse().unwrap()).unwrap_err().contains("repetition"));
    assert!(parse_rules("(a) {}".parse().unwrap()).is_err());
}

/// Finds the macros defined in one file, by name.
struct OneFile(Vec<crate::syntax::MacroDef>, super::Budget);

impl super::MacroScope for OneFile {
    fn find(&self, path: &[String], _from: super::From) -> Option<super::Found<'_>> {
        let name = path.last()?;
        let (id, def) = self.0.iter().enumerate().find(|(_, d)| &d.name == name)?;
        Some(super::Found { id, def, krate: "crate".into() })
    }

    fn budget(&self) -> &super::Budget {
        &self.1
    }
}

/// Parses `text` as redline does: first without expansion, then the items that invoke a
/// macro it defines again, with them expanded. The generated items and what was not
/// expanded (in item position, then in function bodies).
fn expand_file(text: &str) -> (Vec<crate::syntax::Item>, Vec<crate::syntax::Unexpanded>) {
    let first = crate::syntax::parse_file(text).expect("parses");
    let scope = OneFile(first.macro_defs, super::Budget::default());
    let mut items = Vec::new();
    let mut unexpanded = Vec::new();
    let defined = |n: &str| scope.0.iter().any(|d| d.name == n);
    for site in first.macro_sites.iter().filter(|s| s.invokes().any(defined)) {
        let model = crate::syntax::parse_site_expanding(text, site.span, None, &scope).expect("parses again");
        unexpanded.extend(model.unexpanded);
        for item in &model.items {
            if let crate::syntax::ItemKind::Fn(f) = &item.kind {
                unexpanded.extend(f.body.unexpanded.iter().cloned());
            }
        }
        items.extend(model.items);
    }
    (items, unexpanded)
}

#[test]
fn items_that_invoke_macros_are_parsed_again_with_spans_at_the_invocation() {
    let text = "\u{feff}// a comment\nmacro_rules! getter { ($n:ident) => { pub fn $n() -> u8 { 1 } }; }\n\
                fn plain() { println!(\"x\"); }\n\n/// docs\ngetter!(one);\nfn two() -> u8 { getter!(inner); inner() }\n";
    let first = crate::syntax::parse_file(text).expect("parses");
    // `println!` makes a site too (a workspace may define `println!`), not parsed again here.
    let invokes: Vec<Vec<&str>> = first.macro_sites.iter().map(|s| s.invokes().collect()).collect();
    assert_eq!(invokes, [vec!["println"], vec!["getter"], vec!["getter", "getter"]]);
    assert!(
        text[first.macro_sites[1].span.lo as usize..first.macro_sites[1].span.hi as usize].ends_with("getter!(one);")
    );
    let (items, unexpanded) = expand_file(text);
    assert!(unexpanded.is_empty());
    let names: Vec<&str> = items.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["one", "inner", "two"]);
    let at = text.find("getter!(one)").unwrap() as u32;
    assert_eq!(items[0].span, crate::syntax::Span::new(at as usize, at as usize + "getter!(one)".len()));
    let crate::syntax::ItemKind::Fn(f) = &items[0].kind else { panic!("not a fn") };
    assert_eq!(f.body.generated, [(items[0].span, "getter".to_string())]);
}

#[test]
fn endless_recursion_stops_at_the_depth_limit() {
    let (_, unexpanded) = expand_file("macro_rules! r { () => { r!(); } }\nfn f() { r!(); }\n");
    assert_eq!(unexpanded.len(), 1);
    assert!(unexpanded[0].why.contains("128 deep"), "{}", unexpanded[0].why);
}

#[test]
fn hostile_macros_finish_fast() {
    let deep = format!(
        "macro_rules! deep {{ () => {{}}; (x $($t:tt)*) => {{ deep!($($t)*); }} }}\nfn f() {{ deep!({}); }}\n",
        "x ".repeat(10_000)
    );
    let mut doubling = String::from("macro_rules! d0 { () => { let _ = 1; } }\n");
    for i in 1..=60 {
        doubling.push_str(&format!("macro_rules! d{i} {{ () => {{ d{p}!(); d{p}!(); }} }}\n", p = i - 1));
    }
    doubling.push_str("fn g() { d60!(); }\n");
    let growing = "macro_rules! grow { ($($t:tt)*) => { grow!($($t)* $($t)*); } }\nfn h() { grow!(a); }\n";
    for text in [deep.as_str(), doubling.as_str(), growing] {
        let started = std::time::Instant::now();
        let (_, unexpanded) = expand_file(text);
        assert_eq!(unexpanded.len(), 1, "one warning at the invocation");
        assert!(started.elapsed().as_secs() < 20, "took {:?}", started.elapsed());
    }
}

#[test]
fn lifetimes_are_one_token_tree_and_a_lone_dollar_is_a_token() {
    assert_eq!(expand("($l:tt: $x:ident) => { $l: loop { $x } }", "'outer: y").unwrap(), "'outer:loop{y}");
    assert_eq!(expand("([$]) => { dollar }", "[$]").unwrap(), "dollar");
}

#[test]
fn block_expressions_stay_statements() {
    // `$body` followed by more statements, as http's `probe_loop!` writes it.
    let body = expand_tokens("($body:expr) => { $body x += 1; }", "{ y }").unwrap();
    assert!(syn::parse2::<syn::Block>(quote::quote!({ #body })).is_ok());
}

#[test]
fn macros_of_test_code_are_not_recorded() {
    let text = "#[cfg(test)]\nmod tests {\n    macro_rules! assert_eq { ($a:expr) => {}; }\n}\n\
                mod outer {\n    #[macro_use]\n    mod inner {\n        macro_rules! kept { () => {}; }\n    }\n}\n";
    let model = crate::syntax::parse_file(text).expect("parses");
    let defs: Vec<(&str, &[String])> =
        model.macro_defs.iter().map(|d| (d.name.as_str(), d.module.as_slice())).collect();
    assert_eq!(defs, [("kept", ["outer".to_string()].as_slice())]);
}

#[test]
fn statements_stay_statements() {
    // axum's `tap_inner!`: `$($stmt:stmt)*` over `a = b; c.d()`, then more code.
    let body = expand_tokens("($($s:stmt)*) => { $($s)* done() }", "a = b; c.d()").unwrap();
    let stmts = syn::parse::Parser::parse2(super::stmts, body.clone()).expect("parses");
    assert_eq!(stmts.len(), 3, "{body}");
    // Inside a block of the transcriber too, and the last statement stays the block's value.
    let def = "($($s:stmt)*) => { { $($s)* Router {} } }";
    let block = syn::parse2::<syn::Block>(expand_tokens(def, "a = b; c.d()").unwrap()).expect("parses");
    assert_eq!(block.stmts.len(), 3);
    let block = syn::parse2::<syn::Block>(expand_tokens("($s:stmt) => { { $s } }", "c.d()").unwrap()).unwrap();
    assert!(matches!(block.stmts[..], [syn::Stmt::Expr(_, None)]));
    // wasmtime's `unwrap_or!(e, continue, ..)` passes a `stmt` on to another macro.
    let def = "($e:expr, $cont:stmt) => { inner!($e, $cont) }";
    assert_eq!(expand(def, "entry, continue").unwrap(), "inner!(entry,continue)");
}

#[test]
fn operators_of_several_characters_are_one_token_tree() {
    // jsonschema's `handle_offset!(-=, i, ..)` and `define_bigint_validator!(.., >=, ..)`.
    assert_eq!(expand("($op:tt, $i:ident) => { $i $op 1; }", "-=, i").unwrap(), "i-=1;");
    assert_eq!(expand("($op:tt $($rest:tt)*) => { [$($rest)*] }", "..= a b").unwrap(), "[ab]");
    assert_eq!(expand("($a:tt $b:tt) => { $b $a }", "- =").unwrap(), "=-");
}

#[test]
fn macros_in_impl_and_trait_blocks_generate_methods() {
    let text = "macro_rules! getter { ($n:ident) => { fn $n(&self) -> u8 { 1 } }; }\n\
                struct S;\nimpl S { getter!(a); }\ntrait T { getter!(b); }\n";
    let (items, unexpanded) = expand_file(text);
    assert!(unexpanded.is_empty());
    let methods: Vec<&str> = items
        .iter()
        .flat_map(|i| match &i.kind {
            crate::syntax::ItemKind::Impl(imp) => imp.items.iter().collect::<Vec<_>>(),
            crate::syntax::ItemKind::Trait(t) => t.items.iter().collect(),
            _ => Vec::new(),
        })
        .map(|i| i.name.as_str())
        .collect();
    assert_eq!(methods, ["a", "b"]);
}

#[test]
fn invocations_inside_quote_are_not_expanded() {
    // tinystr's `quote! { tinystr::tinystr!(#N, #string) }` is code for another crate.
    let text = "macro_rules! tinystr { ($n:literal, $s:literal) => { 1 }; }\n\
                fn bake() -> u8 { quote! { tinystr::tinystr!(#N, #string) }; tinystr!(4, \"ab\") }\n";
    let (items, unexpanded) = expand_file(text);
    assert!(unexpanded.is_empty(), "{unexpanded:?}");
    let crate::syntax::ItemKind::Fn(f) = &items[0].kind else { panic!("not a fn") };
    assert_eq!(f.body.generated.len(), 1, "the second invocation is expanded");
}

#[test]
fn an_expansion_in_expression_position_parses_as_statements_would() {
    use quote::ToTokens;
    use syn::parse::Parser;
    let shape = |parser: super::Parse<Vec<syn::Stmt>>, text: &str| -> Result<Vec<String>, String> {
        let stmts = parser.parse_str(text).map_err(|e| e.to_string())?;
        Ok(stmts.iter().map(|s| s.to_token_stream().to_string()).collect())
    };
    for text in [
        "a.b(c) + 1",
        "crate::error::Error::Request(kind, format!(\"{x}\"), 400)",
        "{ let mut buf = String::new(); f(&mut buf) }",
        "{ a } - 1",
        "if c { a } else { b }",
        "if c { a } else { b }.len()",
        "match x { _ => a } as u8",
        "'l: loop { break 'l a }",
        "m! { a } - 1",
        "m!(a).len()",
        "let x = a",
        "#[allow(unused)] a",
        "a.b() Router { c }",
        "unsafe { a }",
        "async move { a }",
        "|x| x + a",
        "!a && b",
        "a +",
        "a != b",
        "m!(a)",
        "m! { a }",
        "a::m![a]",
        "m!(a) && b",
        "::a::m!(\"x\") && b",
        "m! { a }.len()",
        "if a::m!(x) { a } else { b }",
    ] {
        assert_eq!(shape(super::expr_or_stmts, text), shape(super::stmts, text), "{text}");
    }
}

#[test]
fn an_expansion_that_stops_parsing_midway_leaves_nothing_of_its_first_items() {
    // Items are lowered one at a time as they parse: the ones before the error (and what
    // they recorded: `nope!`, which no rule matches) are dropped with the expansion.
    let text = "macro_rules! nope { () => {}; }\nmacro_rules! half { () => { fn whole() { nope!(1); } struct Ok; let x = 1; }; }\n\
                half!();\nimpl S { half!(); }\ntrait T { half!(); }\n";
    let (items, unexpanded) = expand_file(text);
    let names: Vec<&str> = items.iter().map(|i| i.name.as_str()).collect();
    assert!(!names.contains(&"whole") && !names.contains(&"Ok"), "{names:?}");
    let methods = items.iter().filter_map(|i| match &i.kind {
        crate::syntax::ItemKind::Impl(imp) => Some(imp.items.len()),
        crate::syntax::ItemKind::Trait(t) => Some(t.items.len()),
        _ => None,
    });
    assert_eq!(methods.collect::<Vec<_>>(), [0, 0]);
    let whys: Vec<&str> = unexpanded.iter().map(|u| u.why.as_str()).collect();
    assert_eq!(unexpanded.len(), 3, "{whys:?}");
    assert!(whys.iter().all(|w| w.contains("does not parse as")), "{whys:?}");
}

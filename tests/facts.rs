//! The flow engine reports facts: every flow of classified data into code with a
//! purpose, the allowed ones too (the data map and consent checks need them), and the
//! checks judge them.

use redline_cli::flow::Into;
use std::path::Path;

fn analyze(case: &str) -> redline_cli::Analysis {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata").join(case);
    let layout = redline_cli::load::discover(&dir).expect("a workspace");
    let text = std::fs::read_to_string(dir.join("redline.toml")).expect("a policy");
    let config = redline_cli::policy::config::parse(&text, "redline.toml").expect("a valid policy");
    redline_cli::analyze(layout, config)
}

fn category(a: &redline_cli::Analysis, f: &redline_cli::flow::Flow) -> String {
    a.policy.class(f.class).category.clone()
}

#[test]
fn allowed_flows_are_facts_too() {
    // `confirmation_address` has purpose `account`, which `contact.email` allows: no
    // finding, but a flow.
    let a = analyze("cases/data-field-quiet");
    let allowed: Vec<_> = a
        .flow
        .flows
        .iter()
        .filter(|f| a.policy.refusals(f.class, &f.purpose).is_empty())
        .map(|f| (a.prog.def(f.function).path.clone(), category(&a, f), f.purpose.purposes.clone()))
        .collect();
    assert!(
        allowed.contains(&(
            "case_data_field_quiet::accounts::confirmation_address".to_string(),
            "contact.email".to_string(),
            vec!["account".to_string()]
        )),
        "{allowed:?}"
    );
}

#[test]
fn the_demo_has_allowed_and_refused_flows_of_both_kinds() {
    let a = analyze("demo");
    let refused = |f: &&redline_cli::flow::Flow| !a.policy.refusals(f.class, &f.purpose).is_empty();
    let calls = |f: &&redline_cli::flow::Flow| matches!(f.into, Into::Call { .. });
    let flows = &a.flow.flows;
    assert!(flows.iter().any(|f| refused(&f) && calls(&f)), "a refused call");
    assert!(flows.iter().any(|f| refused(&f) && !calls(&f)), "a refused use");
    assert!(flows.iter().any(|f| !refused(&f) && !calls(&f)), "an allowed use");
    // Every flow has a trace that ends in its function's file.
    for f in flows {
        let steps = f.trace.steps();
        let last = steps.last().expect("a trace");
        assert_eq!(*last.file, *a.prog.def(f.function).file, "{f:?}");
    }
}

#[test]
fn flows_carry_what_guards_held() {
    // `if allows(m) { send(&m.phone) }`: the use has `allows` true for the member.
    let a = analyze("consent/if-guard-quiet");
    let consent = &a.policy.consent;
    let offer = a
        .flow
        .flows
        .iter()
        .find(|f| a.prog.def(f.function).path == "consent_if_guard_quiet::sms::offer")
        .expect("a flow in sms::offer");
    assert!(offer.guard.checked);
    let names: Vec<&str> = offer.guard.facts.iter().filter(|f| f.value).map(|f| consent.name(f.guard)).collect();
    assert_eq!(names, ["consent_if_guard_quiet::consent::allows"], "{:?}", offer.guard);
    // A caller's guard: `text_member` has none of its own; each call brings its guard.
    let a = analyze("consent/caller-guard-quiet");
    let text = a
        .flow
        .flows
        .iter()
        .find(|f| a.prog.def(f.function).path == "consent_caller_guard_quiet::sms::text_member")
        .expect("a flow in sms::text_member");
    assert!(text.guard.facts.is_empty() && text.guard.callers.len() == 2, "{:?}", text.guard);
    assert!(text.guard.callers.iter().all(|c| c.facts.iter().any(|f| f.value)));
    // Without consent rules nothing is followed.
    let a = analyze("demo");
    assert!(a.flow.flows.iter().all(|f| !f.guard.checked && f.guard.facts.is_empty()));
}

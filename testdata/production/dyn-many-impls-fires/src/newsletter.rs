use crate::campaign;
use crate::formats::Format;
use crate::members::Member;
use crate::subjects::Subject;

/// A `dyn Format` call with the email as argument: 40 implementations, past the bound of
/// 32, so the call is modelled like a dependency call and its result carries the email.
pub fn render(f: &dyn Format, m: &Member) -> String {
    f.render(&m.email)
}

pub fn weekly(f: &dyn Format, m: &Member) -> bool {
    let line = render(f, m);
    campaign::send_newsletter(m.id, &line) // redline: expect purpose-violation (contact.email, marketing)
}

/// The same call through a generic parameter.
pub fn weekly_generic<F: Format>(f: &F, m: &Member) -> bool {
    let line = f.render(&m.email);
    campaign::send_newsletter(m.id, &line) // redline: expect purpose-violation (contact.email, marketing)
}

/// None of the 40 `Subject` implementations uses `recipient`; past the bound the result
/// still depends on all arguments (docs/flow.md: may over-report).
pub fn subject_line(s: &dyn Subject, m: &Member) -> bool {
    let subject = s.subject(&m.email);
    campaign::send_newsletter(m.id, &subject) // redline: expect purpose-violation (contact.email, marketing)
}

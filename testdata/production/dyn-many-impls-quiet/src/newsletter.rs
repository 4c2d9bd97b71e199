use crate::campaign;
use crate::formats::Format;
use crate::members::Member;
use crate::subjects::Subject;

/// The `dyn Format` call of `dyn-many-impls-fires`, given a count instead of the email.
pub fn render(f: &dyn Format, m: &Member) -> String {
    f.render(&format!("{} new likes this week", m.new_likes))
}

pub fn weekly(f: &dyn Format, m: &Member) -> bool {
    let line = render(f, m);
    campaign::send_newsletter(m.id, &line) // redline: no finding — the email is not an argument of `render`
}

pub fn weekly_generic<F: Format>(f: &F, m: &Member) -> bool {
    let line = f.render("Someone new is waiting for you");
    campaign::send_newsletter(m.id, &line) // redline: no finding — a literal
}

pub fn subject_line(s: &dyn Subject, m: &Member) -> bool {
    let subject = s.subject(&m.id.to_string());
    campaign::send_newsletter(m.id, &subject) // redline: no finding — an id
}

/// The email is rendered too, but only for the account's own confirmation page.
pub fn confirmation_line(f: &dyn Format, m: &Member) -> String {
    f.render(&m.email) // redline: no finding — returned to account code, no purpose reached
}

pitch_fn!(pub fn pitch_a(p: &crate::model::Profile) via crate::text::tagline, prefix "Meet ", limit 30); // redline: no finding — profiles are not classified

each_line!("sales" fn plan_lines, crate::model::Profile { plan, .. } in crate::store::profiles_for => { plan.to_uppercase() }); // redline: no finding — plans only

each_line!("messaging" fn thread_lines, crate::model::ChatMessage { body, .. } in crate::store::messages_for => { body.to_uppercase() }); // redline: no finding — messaging may read chat

borrowed!(Tagline<'a> => text: str; #[redline::purpose("sales")] pub fn tagline_pitch<'a>(p: &'a crate::model::Profile) -> Tagline<'a> { Tagline { text: &p.plan } }); // redline: no finding — profiles are not classified

with_purpose!("messaging"; pub fn nudge(m: &crate::model::ChatMessage) -> usize { m.body.len() } pub fn nudge_all(ms: &[crate::model::ChatMessage]) -> usize { ms.len() }); // redline: no finding — messaging

getters!("sales" crate::model::Profile; name_of => display_name, plan_of => plan,); // redline: no finding — profiles are not classified

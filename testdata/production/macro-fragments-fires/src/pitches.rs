pitch_fn!(pub fn pitch_a(m: &crate::model::ChatMessage) via crate::text::excerpt, prefix "They said: ", limit 30); // redline: expect purpose-violation (chat, sales)

each_line!("sales" fn shout_lines, crate::model::ChatMessage { body, .. } in crate::store::messages_for => { body.to_uppercase() }); // redline: expect purpose-violation (chat, sales)

borrowed!(Excerpt<'a> => text: str; #[redline::purpose("sales")] pub fn excerpt_pitch<'a>(m: &'a crate::model::ChatMessage) -> Excerpt<'a> { Excerpt { text: &m.body } }); // redline: expect purpose-violation (chat, sales)

with_purpose!("sales"; pub fn nudge(m: &crate::model::ChatMessage) -> usize { m.body.len() } pub fn nudge_all(ms: &[crate::model::ChatMessage]) -> usize { ms.len() }); // redline: expect purpose-violation (chat, sales) // redline: expect purpose-violation (chat, sales)

getters!("sales" crate::model::ChatMessage; sender_of => sender, body_of => body,); // redline: expect purpose-violation (chat, sales) // redline: expect purpose-violation (chat, sales)

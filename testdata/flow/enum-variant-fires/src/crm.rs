redline::module_purpose!("sales");

pub enum Data {
    Public { summary: String },
    Private { content: String },
}

pub fn lead_note(d: &Data) -> String {
    match d {
        Data::Public { summary } => format!("profile: {summary}"),
        Data::Private { content } => format!("said in chat: {content}"),
    }
}

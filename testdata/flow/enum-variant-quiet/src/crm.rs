redline::module_purpose!("sales");

pub enum Data {
    Public { summary: String },
    Private { content: String },
}

pub fn tag(d: &Data) -> String {
    match d {
        Data::Public { summary } => format!("profile: {summary}"),
        Data::Private { .. } => String::from("chatty"),
    }
}

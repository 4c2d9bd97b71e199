/// How one line of a newsletter is rendered: one implementation per template.
pub trait Format {
    fn render(&self, text: &str) -> String;
}

/// One unit struct and one `Format` implementation per template: `Name => "tag";`.
macro_rules! formats {
    ($($name:ident => $tag:literal;)*) => {
        $(
            pub struct $name;

            impl Format for $name {
                fn render(&self, text: &str) -> String {
                    if $tag.is_empty() {
                        text.to_string()
                    } else {
                        format!("<{}>{}</{}>", $tag, text, $tag)
                    }
                }
            }
        )*
    };
}

formats! {
    Plain => "";
    Bold => "b";
    Italic => "i";
    Underline => "u";
    Strike => "s";
    Code => "code";
    Quote => "blockquote";
    Heading1 => "h1";
    Heading2 => "h2";
    Heading3 => "h3";
    Small => "small";
    Large => "big";
    Centered => "center";
    RightAligned => "right";
    Banner => "banner";
    Footer => "footer";
    Signature => "sig";
    Highlight => "mark";
    Muted => "muted";
    Warning => "warning";
    Success => "success";
    Danger => "danger";
    Info => "info";
    Badge => "badge";
    Pill => "pill";
    Card => "card";
    Button => "button";
    LinkText => "a";
    Caption => "caption";
    Subtitle => "subtitle";
    Title => "title";
    Emoji => "emoji";
    Hashtag => "hashtag";
    Mention => "mention";
    Spoiler => "spoiler";
    Teaser => "teaser";
    Preheader => "preheader";
    PostScript => "ps";
    Unsubscribe => "unsubscribe";
    Divider => "hr";
}

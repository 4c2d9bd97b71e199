/// Defines a documented function that reads a message.
macro_rules! documented {
    (
        $(#[doc = $doc:literal])+
        $name:ident($arg:ident: $ty:ty) => $body:expr;
    ) => {
        $(#[doc = $doc])+
        pub fn $name($arg: $ty) -> String {
            $body
        }
    };
}

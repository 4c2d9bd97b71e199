// Imported from the old Café Rencontres code base (ISO-8859-1).
redline::module_purpose!("sales");

pub fn greeting() -> &'static str {
    "Bienvenue au café !"
}

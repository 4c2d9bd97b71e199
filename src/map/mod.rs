//! The data map.

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Format {
    Html,
    Json,
    Csv,
    Dot,
    Fides,
}

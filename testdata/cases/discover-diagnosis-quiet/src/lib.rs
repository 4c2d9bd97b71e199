//! EXPECT: no findings
//!
//! `-W unclassified-personal-data` (in `args`) reports what `redline discover` suggests,
//! and nothing here is a person's diagnosis: a `diagnosis` is health data only when its
//! name or its owner names a patient, a person or medical care. These are a server's
//! checks of its own files and configuration (the shape of kanidm's file-permission
//! `Diagnosis`), with the shapes a person's diagnosis has in `discover-diagnosis-fires`:
//! a field `diagnosis`, a field `diagnoses`, types named `...Diagnosis` (a struct and an
//! enum), an alias.

pub mod files {
    /// What is wrong with the permissions of one file.
    pub struct Diagnosis { // redline: no finding — a file-permission check, not a patient's
        pub mode: u32,
        pub path: String,
    }

    /// A report of the permission check over the data directory.
    pub struct PermissionReport {
        pub checked: u32,
        pub diagnosis: String, // redline: no finding — about the files
    }
}

pub mod checks {
    /// The outcome of a permission check.
    pub enum Diagnosis { // redline: no finding — a check's outcome
        Ok,
        WorldWritable(String),
    }

    /// What the configuration check found.
    pub struct ConfigDiagnosis { // redline: no finding — about the configuration
        pub key: String,
        pub problem: String,
    }

    /// Everything the server checks before it starts.
    pub struct StartupCheck {
        pub started_at: u64,
        pub diagnoses: Vec<Diagnosis>, // redline: no finding — the checks' outcomes
    }

    /// The outcomes of one run of the checks.
    pub type Diagnoses = Vec<Diagnosis>; // redline: no finding — the checks' outcomes

    /// What the health endpoint returns: the last check of each kind.
    pub struct DiagnosisReport { // redline: no finding — about the server
        pub config: Option<ConfigDiagnosis>,
        pub last_diagnosis: Option<String>, // redline: no finding — about the server
    }
}

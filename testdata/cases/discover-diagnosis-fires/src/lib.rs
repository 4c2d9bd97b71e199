//! EXPECT: 12 findings
//! - unclassified-personal-data (warning) at src/lib.rs:28 in fn `case_discover_diagnosis_fires::PatientRecord::diagnosis`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:34 in fn `case_discover_diagnosis_fires::MedicalHistory::diagnosis`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:39 in fn `case_discover_diagnosis_fires::ClinicalNote::diagnosis`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:45 in fn `case_discover_diagnosis_fires::Member::diagnosis`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:51 in fn `case_discover_diagnosis_fires::ShiftHandover::patient_diagnosis`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:56 in fn `case_discover_diagnosis_fires::PatientChart::diagnoses`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:62 in fn `case_discover_diagnosis_fires::UserProfile::diagnoses`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:66 in fn `case_discover_diagnosis_fires::PatientDiagnosis`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:72 in fn `case_discover_diagnosis_fires::ClinicalDiagnosis`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:78 in fn `case_discover_diagnosis_fires::PatientDiagnoses`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:83 in fn `case_discover_diagnosis_fires::Delivery::medication`: looks like personal data
//! - unclassified-personal-data (warning) at src/lib.rs:89 in fn `case_discover_diagnosis_fires::Booking::symptoms`: looks like personal data
//!
//! No purpose violations; `-W unclassified-personal-data` (in `args`) reports what
//! `redline discover` suggests. A `diagnosis` (or `diagnoses`) is health data when the
//! name or its owner names a patient, a person or medical care: a field `diagnosis` of
//! `PatientRecord`, `MedicalHistory`, `ClinicalNote` or `Member`, a field named
//! `patient_diagnosis`, `diagnoses` of `PatientChart` or `UserProfile`, and the types
//! `PatientDiagnosis`, `ClinicalDiagnosis` (an enum whose variants carry data) and
//! `PatientDiagnoses` (an alias). Other health words need no such owner:
//! `Delivery::medication` and `Booking::symptoms` are suggested as before.
//! `PatientRecord::diagnosis_count` is not: a count.

/// A patient's record at the clinic.
pub struct PatientRecord {
    pub id: u64,
    pub diagnosis: String,
    pub diagnosis_count: u32, // redline: no finding — a count
}

/// What the practice knows of a person's past treatment.
pub struct MedicalHistory {
    pub diagnosis: String,
}

/// A doctor's note after a consultation.
pub struct ClinicalNote {
    pub diagnosis: String,
}

/// A member of the health-insurance fund.
pub struct Member {
    pub id: u64,
    pub diagnosis: String,
}

/// What the night shift hands over to the day shift.
pub struct ShiftHandover {
    pub ward: u32,
    pub patient_diagnosis: String,
}

/// Everything diagnosed for one patient, newest first.
pub struct PatientChart {
    pub diagnoses: Vec<String>,
}

/// What a user told the fund about themselves.
pub struct UserProfile {
    pub id: u64,
    pub diagnoses: Vec<String>,
}

/// One diagnosis made for a patient.
pub struct PatientDiagnosis {
    pub code: String,
    pub made_at: u64,
}

/// A diagnosis as the clinic's system records it, with its ICD code.
pub enum ClinicalDiagnosis {
    Confirmed { icd: String },
    Suspected { icd: String },
}

/// A patient's diagnoses as the insurer's export carries them.
pub type PatientDiagnoses = Vec<String>;

/// A parcel from the online pharmacy.
pub struct Delivery {
    pub parcel: u64,
    pub medication: String,
}

/// A ride booked to a check-up.
pub struct Booking {
    pub pickup_at: u64,
    pub symptoms: String,
}

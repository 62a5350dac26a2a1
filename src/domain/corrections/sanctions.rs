//! What an incident suggests the office propose (domain.md §3 "Sanctions"). The office
//! confirms or dismisses a suggestion; the county decides.

use super::{Category, IncidentKind, Measure};

/// One incident as recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Incident {
    pub kind: IncidentKind,
    /// Days late or out of contact (for the kinds that count days).
    pub days: u32,
    /// Missed education: told to correct it, and did not.
    pub not_corrected_after_told: bool,
}

/// Earlier measures in this correction that were not followed by correction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct History {
    pub reprimands: u32,
    pub warnings: u32,
    /// A 治安管理处罚 was imposed and the subject did not correct.
    pub punished: bool,
}

/// The measure to propose for `incident`, given the category and the history; None when the
/// rules suggest nothing (yet).
pub fn suggest(category: Category, incident: &Incident, history: &History) -> Option<Measure> {
    let _ = (category, incident, history);
    todo!("helper: sanction rules")
}

//! What an incident suggests the office propose (domain.md §3 "Sanctions"). The office
//! confirms or dismisses a suggestion; the county decides.
//!
//! Days late or out of contact: ≤ 10 → 训诫, > 10 → 警告, > 30 → the category's revocation.
//! Earlier measures not followed by correction raise the step: after a 训诫 another 训诫 is a
//! 警告, after a 警告 another 警告 is a revocation, and after a 治安管理处罚 any sanction is.
//! 管制 has no revocation, so it stops at 警告.

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

/// Days late or out of contact up to this: 训诫.
pub const REPRIMAND_MAX_DAYS: u32 = 10;
/// Days late or out of contact over this (more than a month): the category's revocation.
pub const WARNING_MAX_DAYS: u32 = 30;

/// True for the measures that sanction (训诫, 警告, and what is proposed against the subject);
/// false for rewards (表扬, 提请减刑).
pub fn is_sanction(m: Measure) -> bool {
    !matches!(m, Measure::Praise | Measure::Commutation)
}

/// What the category asks for when the correction should end: 撤销缓刑, 撤销假释 or 收监执行.
/// 管制 cannot be revoked: a 管制 subject who breaks the supervision rules is proposed for a
/// 治安管理处罚 instead (治安管理处罚法 art. 60 (4)).
pub fn revocation(category: Category) -> Measure {
    match category {
        Category::Probation => Measure::RevokeProbation,
        Category::Parole => Measure::RevokeParole,
        Category::Outside => Measure::Recommit,
        Category::Control => Measure::SecurityPenalty,
    }
}

/// The measure for the incident alone, before the history.
fn by_incident(category: Category, incident: &Incident) -> Option<Measure> {
    match incident.kind {
        IncidentKind::LateReport | IncidentKind::OutOfContact => Some(match incident.days {
            d if d <= REPRIMAND_MAX_DAYS => Measure::Reprimand,
            d if d <= WARNING_MAX_DAYS => Measure::Warning,
            _ => revocation(category),
        }),
        IncidentKind::MissedEducation => incident
            .not_corrected_after_told
            .then_some(Measure::Reprimand),
        IncidentKind::BanViolation | IncidentKind::MedicalReportMissing => Some(Measure::Warning),
        IncidentKind::OtherViolation => Some(Measure::Reprimand),
        // Recorded for the history; the 处罚 itself is the public security organ's.
        IncidentKind::Punished => None,
        IncidentKind::GoodConduct => Some(Measure::Praise),
        IncidentKind::Merit => Some(Measure::Commutation),
    }
}

/// Earlier measures of one kind, not followed by correction, after which the next violation
/// is raised to the next measure (two 训诫 → 警告, two 警告 → 提请撤销).
pub const PRIOR_BEFORE_RAISING: u32 = 2;

/// The measure to propose for `incident`, given the category and the history; None when the
/// rules suggest nothing (yet).
pub fn suggest(category: Category, incident: &Incident, history: &History) -> Option<Measure> {
    let mut measure = by_incident(category, incident)?;
    if !is_sanction(measure) {
        return Some(measure);
    }
    if history.punished {
        return Some(revocation(category));
    }
    // 受到两次训诫仍不改正 → 警告; 受到两次警告仍不改正 → 提请撤销 (收监): a further violation after
    // two earlier measures of the same kind.
    if measure == Measure::Reprimand && history.reprimands >= PRIOR_BEFORE_RAISING {
        measure = Measure::Warning;
    }
    if measure == Measure::Warning && history.warnings >= PRIOR_BEFORE_RAISING {
        measure = revocation(category);
    }
    Some(measure)
}

#[cfg(test)]
#[path = "sanctions_tests.rs"]
mod tests;

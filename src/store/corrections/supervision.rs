//! What is recorded along a correction besides its check-ins: leave asked and granted,
//! electronic-tag approvals, 保外就医 health reports and re-checks.

use chrono::NaiveDate;
use rusqlite::types::Value;

use super::{CorrError, active, day, flag, refused};
use crate::domain::corrections::{ApprovalKind, MedicalKind, Settings};
use crate::store::Store;
use crate::store::write::{Table, text};
use crate::strings as s;

/// Leave asked (外出, 会客, 变更居住地, 进入特定场所) and whether it was granted.
pub fn record_approval(
    store: &mut Store,
    id: i64,
    kind: ApprovalKind,
    asked_on: NaiveDate,
    period: (Option<NaiveDate>, Option<NaiveDate>),
    granted: bool,
    note: &str,
) -> std::result::Result<(), CorrError> {
    if let (Some(a), Some(b)) = period
        && b < a
    {
        return refused("to", s::CORR_END_BEFORE_START);
    }
    store.write_with(|tx| {
        active(tx, id, "on")?;
        tx.insert(
            Table::CorrectionApprovals,
            &[
                ("correction_id", Value::Integer(id)),
                ("kind", text(kind.code())),
                ("asked_on", day(Some(asked_on))),
                ("from_date", day(period.0)),
                ("to_date", day(period.1)),
                ("granted", flag(granted)),
                ("note", text(note.trim())),
            ],
        )?;
        Ok(())
    })
}

/// An electronic-tag approval (or extension): at most the setting's months.
pub fn add_tag(
    store: &mut Store,
    id: i64,
    reason: &str,
    approved_on: NaiveDate,
    starts: NaiveDate,
    ends: NaiveDate,
    settings: &Settings,
) -> std::result::Result<(), CorrError> {
    if reason.trim().is_empty() {
        return refused("reason", s::CORR_REASON_REQUIRED);
    }
    if ends < starts {
        return refused("ends", s::CORR_END_BEFORE_START);
    }
    if starts
        .checked_add_months(chrono::Months::new(settings.tag_max_months))
        .is_some_and(|limit| ends > limit)
    {
        return refused("ends", s::CORR_TAG_TOO_LONG);
    }
    store.write_with(|tx| {
        active(tx, id, "approved_on")?;
        tx.insert(
            Table::CorrectionTags,
            &[
                ("correction_id", Value::Integer(id)),
                ("reason", text(reason.trim())),
                ("approved_on", day(Some(approved_on))),
                ("starts_on", day(Some(starts))),
                ("ends_on", day(Some(ends))),
            ],
        )?;
        Ok(())
    })
}

/// 保外就医: a health report or a re-check.
pub fn add_medical(
    store: &mut Store,
    id: i64,
    kind: MedicalKind,
    on: NaiveDate,
    hospital: &str,
    result: &str,
) -> std::result::Result<(), CorrError> {
    if kind == MedicalKind::Recheck && hospital.trim().is_empty() {
        return refused("hospital", s::CORR_HOSPITAL_REQUIRED);
    }
    store.write_with(|tx| {
        active(tx, id, "on")?;
        tx.insert(
            Table::CorrectionMedical,
            &[
                ("correction_id", Value::Integer(id)),
                ("kind", text(kind.code())),
                ("on_date", day(Some(on))),
                ("hospital", text(hospital.trim())),
                ("result", text(result.trim())),
            ],
        )?;
        Ok(())
    })
}

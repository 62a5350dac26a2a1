//! Queries of 社区矫正 that write: a subject's record, level proposals and their approval, the
//! end of a correction, the collective 宣告. Incidents and proposals are in `incidents.rs`;
//! leave, electronic tags and medical reports in `supervision.rs`; a month's check-ins and the
//! month lock in `checkins.rs`; reading the register, one record and the alerts in `read.rs`.
//!
//! The rules live in `domain::corrections`; these functions check what depends on stored rows
//! (a month closed, a second check-in, the history of measures) and write in one transaction.

use chrono::NaiveDate;
use rusqlite::OptionalExtension;
use rusqlite::types::Value;

use super::write::{Table, Tx, text};
use super::{Result, Store, StoreError, settings};
use crate::domain::corrections::{Category, EndReason, Level, Settings, Status, ValidSubject};
use crate::strings as s;

mod checkins;
mod incidents;
mod read;
mod reports;
mod supervision;

pub use checkins::{MonthRow, close_month, is_closed, month_rows, reopen_month, save_month};
pub use incidents::{decide, dismiss, propose, record_incident};
pub use read::{
    AlertRow, CorrectionFilter, CorrectionRow, Detail, IncidentRow, LevelRow, active_counts,
    alerts, detail, new_entrants, page, page_query,
};
pub use reports::{ProposalRow, categories, office_of, proposals_in_month};
pub use supervision::{add_medical, add_tag, record_approval};

/// A write the rules refused, with the field it belongs to; or the database failed.
#[derive(Debug)]
pub enum CorrError {
    Refused {
        field: &'static str,
        message: String,
    },
    Store(StoreError),
}

impl From<StoreError> for CorrError {
    fn from(e: StoreError) -> Self {
        CorrError::Store(e)
    }
}

impl std::fmt::Display for CorrError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CorrError::Refused { message, .. } => f.write_str(message),
            CorrError::Store(e) => e.fmt(f),
        }
    }
}

pub(crate) fn refused<T>(
    field: &'static str,
    message: impl Into<String>,
) -> std::result::Result<T, CorrError> {
    Err(CorrError::Refused {
        field,
        message: message.into(),
    })
}

pub(crate) fn day(d: Option<NaiveDate>) -> Value {
    d.map_or(Value::Null, |d| text(&d.format("%Y-%m-%d").to_string()))
}

pub(crate) fn date(s: Option<String>) -> Option<NaiveDate> {
    s.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok())
}

pub(crate) fn flag(b: bool) -> Value {
    Value::Integer(i64::from(b))
}

/// The office's 社区矫正 settings (defaults where never set).
pub fn settings(store: &Store) -> Result<Settings> {
    settings::corrections(store)
}

fn subject_values(v: &ValidSubject) -> Vec<(&'static str, Value)> {
    vec![
        ("person_id", Value::Integer(v.person_id)),
        ("category", text(v.category.code())),
        ("crime", text(&v.crime)),
        ("sentence", text(&v.sentence)),
        ("decided_by", text(&v.decided_by)),
        ("crime_facts", text(&v.crime_facts)),
        ("priors", text(&v.priors)),
        ("runs_from", day(v.runs_from)),
        ("papers_on", day(v.papers_on)),
        ("reported_on", day(v.reported_on)),
        ("ban_content", text(&v.ban_content)),
        ("ban_from", day(v.ban_from)),
        ("ban_to", day(v.ban_to)),
        ("domicile", text(&v.domicile)),
        ("residence", text(&v.residence)),
        ("term_start", day(Some(v.term_start))),
        ("term_end", day(Some(v.term_end))),
        ("team", text(&v.team)),
        ("minor", flag(v.minor)),
        ("unable_to_work", flag(v.unable_to_work)),
        ("medical", flag(v.medical)),
        ("announced_on", day(v.announced_on)),
    ]
}

/// A person already in correction (live, 在矫) in this office, other than `except`.
fn active_for_person(tx: &Tx<'_>, person_id: i64, except: i64) -> Result<Option<i64>> {
    tx.conn()
        .query_row(
            "SELECT id FROM corrections WHERE person_id = ?1 AND id <> ?2
               AND voided_at IS NULL AND status = 'active' LIMIT 1",
            rusqlite::params![person_id, except],
            |r| r.get(0),
        )
        .optional()
        .map_err(StoreError::sql("读取矫正对象"))
}

/// 入矫: a new subject, with the first level recorded as the level history's first line.
pub fn register(store: &mut Store, v: &ValidSubject) -> std::result::Result<i64, CorrError> {
    store.write_with(|tx| {
        if active_for_person(tx, v.person_id, 0)?.is_some() {
            return refused("person", s::CORR_ALREADY_ACTIVE);
        }
        let mut values = subject_values(v);
        values.push(("level", text(v.level.code())));
        let id = tx.insert(Table::Corrections, &values)?.id;
        tx.insert(
            Table::CorrectionLevels,
            &[
                ("correction_id", Value::Integer(id)),
                ("from_level", text("")),
                ("to_level", text(v.level.code())),
                ("proposed_on", day(Some(v.term_start))),
                ("reason", text(s::CORR_LEVEL_AT_ENTRY)),
                ("decision", text("approved")),
                ("decided_on", day(Some(v.term_start))),
            ],
        )?;
        Ok(id)
    })
}

/// Corrects a subject's record (audited). The level is not changed here: only an approved
/// proposal changes it.
pub fn update(store: &mut Store, id: i64, v: &ValidSubject) -> std::result::Result<(), CorrError> {
    store.write_with(|tx| {
        let status: String = tx
            .conn()
            .query_row(
                "SELECT status FROM corrections WHERE id = ?1 AND voided_at IS NULL",
                [id],
                |r| r.get(0),
            )
            .optional()
            .map_err(StoreError::sql("读取矫正对象"))?
            .ok_or(StoreError::NotFound)?;
        if status == Status::Active.code() && active_for_person(tx, v.person_id, id)?.is_some() {
            return refused("person", s::CORR_ALREADY_ACTIVE);
        }
        let outside: i64 = tx
            .conn()
            .query_row(
                "SELECT count(*) FROM correction_checkins WHERE correction_id = ?1
                   AND voided_at IS NULL AND (month < ?2 OR month > ?3)",
                rusqlite::params![
                    id,
                    v.term_start.format("%Y-%m").to_string(),
                    v.term_end.format("%Y-%m").to_string()
                ],
                |r| r.get(0),
            )
            .map_err(StoreError::sql("读取月度报到"))?;
        if outside > 0 {
            return refused("term_start", s::corr_checkins_outside(outside));
        }
        tx.update(Table::Corrections, id, &subject_values(v))?;
        Ok(())
    })
}

pub fn void(store: &mut Store, id: i64, reason: &str) -> Result<()> {
    store.write(|tx| tx.void(Table::Corrections, id, reason))
}

/// The level in force and the category of a correction that is live and 在矫; an ended or
/// voided one is refused at `field` (nothing more is recorded on it but check-ins of months
/// it was in correction).
pub(crate) fn active(
    tx: &Tx<'_>,
    id: i64,
    field: &'static str,
) -> std::result::Result<(Level, Category), CorrError> {
    let row: Option<(String, String, String)> = tx
        .conn()
        .query_row(
            "SELECT level, category, status FROM corrections WHERE id = ?1 AND voided_at IS NULL",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()
        .map_err(StoreError::sql("读取矫正对象"))?;
    let Some((level, category, status)) = row else {
        return Err(StoreError::NotFound.into());
    };
    if status != Status::Active.code() {
        return refused(field, s::CORR_ALREADY_ENDED);
    }
    Ok((
        Level::from_code(&level).unwrap_or(Level::Strict),
        Category::from_code(&category).unwrap_or(Category::Probation),
    ))
}

/// The office proposes a level change; it takes effect only when approved.
pub fn propose_level(
    store: &mut Store,
    id: i64,
    to: Level,
    on: NaiveDate,
    reason: &str,
    reviewer: &str,
) -> std::result::Result<i64, CorrError> {
    if reason.trim().is_empty() {
        return refused("reason", s::CORR_REASON_REQUIRED);
    }
    store.write_with(|tx| {
        let (from, _) = active(tx, id, "on")?;
        if from == to {
            return refused("to", s::CORR_LEVEL_SAME);
        }
        let pending: i64 = tx
            .conn()
            .query_row(
                "SELECT count(*) FROM correction_levels WHERE correction_id = ?1
                   AND decision = 'pending' AND voided_at IS NULL",
                [id],
                |r| r.get(0),
            )
            .map_err(StoreError::sql("读取等级调整"))?;
        if pending > 0 {
            return refused("to", s::CORR_LEVEL_PENDING);
        }
        Ok(tx
            .insert(
                Table::CorrectionLevels,
                &[
                    ("correction_id", Value::Integer(id)),
                    ("from_level", text(from.code())),
                    ("to_level", text(to.code())),
                    ("proposed_on", day(Some(on))),
                    ("reason", text(reason.trim())),
                    ("reviewer", text(reviewer.trim())),
                ],
            )?
            .id)
    })
}

/// The county's decision on the pending level proposal of correction `id`: approved, the
/// level changes in the same transaction.
pub fn decide_level(
    store: &mut Store,
    id: i64,
    approved: bool,
    on: NaiveDate,
    approver: &str,
    doc_no: &str,
) -> std::result::Result<(), CorrError> {
    store.write_with(|tx| {
        active(tx, id, "on")?;
        let pending: Option<(i64, String, String)> = tx
            .conn()
            .query_row(
                "SELECT id, to_level, proposed_on FROM correction_levels WHERE correction_id = ?1
                   AND decision = 'pending' AND voided_at IS NULL",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(StoreError::sql("读取等级调整"))?;
        let Some((row, to, proposed_on)) = pending else {
            return refused("on", s::CORR_LEVEL_NONE_PENDING);
        };
        if date(Some(proposed_on)).is_some_and(|p| on < p) {
            return refused("on", s::CORR_DECIDED_BEFORE_PROPOSED);
        }
        tx.update(
            Table::CorrectionLevels,
            row,
            &[
                (
                    "decision",
                    text(if approved { "approved" } else { "rejected" }),
                ),
                ("decided_on", day(Some(on))),
                ("approver", text(approver.trim())),
                ("doc_no", text(doc_no.trim())),
            ],
        )?;
        if approved {
            tx.update(Table::Corrections, id, &[("level", text(&to))])?;
        }
        Ok(())
    })
}

/// 30 days before the end: the summary, the written assessment and the 安置帮教 suggestion.
pub fn record_end_papers(
    store: &mut Store,
    id: i64,
    on: NaiveDate,
    assessment: &str,
    handover: &str,
) -> std::result::Result<(), CorrError> {
    if assessment.trim().is_empty() {
        return refused("assessment", s::REQUIRED);
    }
    if handover.trim().is_empty() {
        return refused("handover", s::REQUIRED);
    }
    store.write_with(|tx| {
        active(tx, id, "on")?;
        tx.update(
            Table::Corrections,
            id,
            &[
                ("end_papers_on", day(Some(on))),
                ("assessment", text(assessment.trim())),
                ("handover", text(handover.trim())),
            ],
        )?;
        Ok(())
    })
}

/// 解矫 or 终止: the correction ends on `on` for `reason`.
pub fn end(
    store: &mut Store,
    id: i64,
    reason: EndReason,
    on: NaiveDate,
) -> std::result::Result<(), CorrError> {
    store.write_with(|tx| {
        let (_, category) = active(tx, id, "reason")?;
        let fits = match reason {
            EndReason::RevokeProbation => category == Category::Probation,
            EndReason::RevokeParole => category == Category::Parole,
            EndReason::Recommit => category == Category::Outside,
            _ => true,
        };
        if !fits {
            return refused("reason", s::CORR_END_NOT_FOR_CATEGORY);
        }
        let (start, term_end): (String, String) = tx
            .conn()
            .query_row(
                "SELECT term_start, term_end FROM corrections WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(StoreError::sql("读取矫正对象"))?;
        if date(Some(start)).is_some_and(|s| on < s) {
            return refused("on", s::CORR_END_BEFORE_START);
        }
        if reason == EndReason::Expired && date(Some(term_end)).is_some_and(|end| on < end) {
            return refused("on", s::CORR_EXPIRED_EARLY);
        }
        // A level proposal still waiting has no object any more.
        tx.conn()
            .query_row(
                "SELECT id FROM correction_levels WHERE correction_id = ?1
                   AND decision = 'pending' AND voided_at IS NULL",
                [id],
                |r| r.get::<_, i64>(0),
            )
            .optional()
            .map_err(StoreError::sql("读取等级调整"))?
            .map(|pending| tx.void(Table::CorrectionLevels, pending, s::CORR_LEVEL_VOID_ENDED))
            .transpose()?;
        tx.update(
            Table::Corrections,
            id,
            &[
                ("status", text(reason.status().code())),
                ("end_reason", text(reason.code())),
                ("ended_on", day(Some(on))),
            ],
        )?;
        Ok(())
    })
}

/// The collective 宣告 held on `on`: each subject's 入矫宣告 date, in one transaction.
pub fn announce(store: &mut Store, ids: &[i64], on: NaiveDate) -> Result<usize> {
    store.write(|tx| {
        for id in ids {
            tx.update(Table::Corrections, *id, &[("announced_on", day(Some(on)))])?;
        }
        Ok(ids.len())
    })
}

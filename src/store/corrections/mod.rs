//! Queries of 社区矫正 that write: a subject's record, level proposals and their approval,
//! incidents and proposals, leave, electronic tags, medical reports, the end of a correction,
//! the collective 宣告. A month's check-ins and the month lock are in `checkins.rs`; reading
//! the register, one record and the alerts in `read.rs`.
//!
//! The rules live in `domain::corrections`; these functions check what depends on stored rows
//! (a month closed, a second check-in, the history of measures) and write in one transaction.

use chrono::NaiveDate;
use rusqlite::OptionalExtension;
use rusqlite::types::Value;

use super::write::{Table, Tx, text};
use super::{Result, Store, StoreError, settings};
use crate::domain::corrections::{
    ApprovalKind, Category, EndReason, History, Incident, IncidentKind, Level, Measure,
    MedicalKind, ProposalState, Settings, Status, ValidSubject, suggest,
};
use crate::strings as s;

mod checkins;
mod read;
mod reports;

pub use checkins::{MonthRow, close_month, is_closed, month_rows, reopen_month, save_month};
pub use read::{
    AlertRow, CorrectionFilter, CorrectionRow, Detail, IncidentRow, LevelRow, active_counts,
    alerts, detail, new_entrants, page, page_query,
};
pub use reports::{ProposalRow, categories, office_of, proposals_in_month};

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

fn refused<T>(
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

fn flag(b: bool) -> Value {
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
fn active(
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

/// Measures imposed in correction `id` so far (proposed, and upheld by the county's decision),
/// as the rules count them.
fn history(tx: &Tx<'_>, id: i64) -> Result<History> {
    let mut stmt = tx
        .conn()
        .prepare_cached(
            "SELECT measure, count(*) FROM correction_incidents
             WHERE correction_id = ?1 AND voided_at IS NULL
               AND state = 'decided' AND upheld = 1 AND measure IS NOT NULL
             GROUP BY measure",
        )
        .map_err(StoreError::sql("读取奖惩记录"))?;
    let counts = stmt
        .query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(StoreError::sql("读取奖惩记录"))?;
    let punished: i64 = tx
        .conn()
        .query_row(
            "SELECT count(*) FROM correction_incidents WHERE correction_id = ?1
               AND voided_at IS NULL AND kind = 'punished'",
            [id],
            |r| r.get(0),
        )
        .map_err(StoreError::sql("读取奖惩记录"))?;
    let mut h = History {
        punished: punished > 0,
        ..History::default()
    };
    for (measure, n) in counts {
        match Measure::from_code(&measure) {
            Some(Measure::Reprimand) => h.reprimands = n as u32,
            Some(Measure::Warning) => h.warnings = n as u32,
            _ => {}
        }
    }
    Ok(h)
}

/// An incident as recorded, with the measure the rules suggest for it (None: nothing yet).
pub fn record_incident(
    store: &mut Store,
    id: i64,
    on: NaiveDate,
    incident: &Incident,
    facts: &str,
) -> std::result::Result<(i64, Option<Measure>), CorrError> {
    if facts.trim().is_empty() {
        return refused("facts", s::CORR_FACTS_REQUIRED);
    }
    if incident.kind.counts_days() && incident.days == 0 {
        return refused("days", s::CORR_DAYS_REQUIRED);
    }
    store.write_with(|tx| {
        let (_, category) = active(tx, id, "on")?;
        let measure = suggest(category, incident, &history(tx, id)?);
        let row = tx.insert(
            Table::CorrectionIncidents,
            &[
                ("correction_id", Value::Integer(id)),
                ("on_date", day(Some(on))),
                ("kind", text(incident.kind.code())),
                ("days", Value::Integer(i64::from(incident.days))),
                ("not_corrected", flag(incident.not_corrected_after_told)),
                ("facts", text(facts.trim())),
                ("measure", measure.map_or(Value::Null, |m| text(m.code()))),
                (
                    "state",
                    text(if measure.is_some() {
                        ProposalState::Suggested.code()
                    } else {
                        ProposalState::Dismissed.code()
                    }),
                ),
                (
                    "dismiss_reason",
                    text(if measure.is_some() {
                        ""
                    } else {
                        s::CORR_NOTHING_SUGGESTED
                    }),
                ),
            ],
        )?;
        Ok((row.id, measure))
    })
}

fn incident_state(
    tx: &Tx<'_>,
    incident: i64,
    field: &'static str,
) -> std::result::Result<ProposalState, CorrError> {
    let row: Option<(String, i64)> = tx
        .conn()
        .query_row(
            "SELECT state, correction_id FROM correction_incidents
             WHERE id = ?1 AND voided_at IS NULL",
            [incident],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .map_err(StoreError::sql("读取奖惩记录"))?;
    let Some((state, correction)) = row else {
        return Err(StoreError::NotFound.into());
    };
    active(tx, correction, field)?;
    Ok(ProposalState::from_code(&state).unwrap_or(ProposalState::Suggested))
}

/// Staff confirm a suggestion (possibly as another measure) into a proposal on `on`.
pub fn propose(
    store: &mut Store,
    incident: i64,
    measure: Measure,
    on: NaiveDate,
) -> std::result::Result<(), CorrError> {
    store.write_with(|tx| {
        if incident_state(tx, incident, "measure")? != ProposalState::Suggested {
            return refused("measure", s::CORR_NOT_SUGGESTED);
        }
        tx.update(
            Table::CorrectionIncidents,
            incident,
            &[
                ("measure", text(measure.code())),
                ("state", text(ProposalState::Proposed.code())),
                ("proposed_on", day(Some(on))),
            ],
        )?;
        Ok(())
    })
}

/// Staff dismiss a suggestion, with a reason.
pub fn dismiss(
    store: &mut Store,
    incident: i64,
    reason: &str,
) -> std::result::Result<(), CorrError> {
    if reason.trim().is_empty() {
        return refused("reason", s::CORR_REASON_REQUIRED);
    }
    store.write_with(|tx| {
        if incident_state(tx, incident, "reason")? != ProposalState::Suggested {
            return refused("reason", s::CORR_NOT_SUGGESTED);
        }
        tx.update(
            Table::CorrectionIncidents,
            incident,
            &[
                ("state", text(ProposalState::Dismissed.code())),
                ("dismiss_reason", text(reason.trim())),
            ],
        )?;
        Ok(())
    })
}

/// The county's decision on a proposal: date, 文号, whether the measure was imposed (only an
/// imposed 训诫 or 警告 counts towards the next one), and the result as written.
pub fn decide(
    store: &mut Store,
    incident: i64,
    on: NaiveDate,
    doc_no: &str,
    upheld: bool,
    decision: &str,
) -> std::result::Result<(), CorrError> {
    if decision.trim().is_empty() {
        return refused("decision", s::REQUIRED);
    }
    store.write_with(|tx| {
        if incident_state(tx, incident, "decision")? != ProposalState::Proposed {
            return refused("decision", s::CORR_NOT_PROPOSED);
        }
        tx.update(
            Table::CorrectionIncidents,
            incident,
            &[
                ("state", text(ProposalState::Decided.code())),
                ("decided_on", day(Some(on))),
                ("doc_no", text(doc_no.trim())),
                ("upheld", flag(upheld)),
                ("decision", text(decision.trim())),
            ],
        )?;
        Ok(())
    })
}

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

/// Whether a kind of incident is one the rules read (for the form's hint).
pub fn counts_days(kind: IncidentKind) -> bool {
    kind.counts_days()
}

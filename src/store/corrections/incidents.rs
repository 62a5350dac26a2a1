//! Incidents and the measures they lead to: an incident recorded with the measure the rules
//! suggest (counting the measures imposed before), then confirmed into a proposal or
//! dismissed with a reason, then the county's decision.

use chrono::NaiveDate;
use rusqlite::OptionalExtension;
use rusqlite::types::Value;

use super::{CorrError, active, day, flag, refused};
use crate::domain::corrections::{History, Incident, Measure, ProposalState, suggest};
use crate::store::write::{Table, Tx, text};
use crate::store::{Result, Store, StoreError};
use crate::strings as s;

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

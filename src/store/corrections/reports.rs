//! Reads of 社区矫正 that only the printouts need: the categories of a month's subjects, the
//! proposals made in a month, and the office a correction belongs to.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::OptionalExtension;
use rusqlite::types::Value;

use super::checkins::month_end;
use crate::domain::corrections::{Category, Measure, month_of};
use crate::store::{Result, Store, StoreError};
use crate::strings as s;

/// The category of each of the corrections `ids` (voided ones left out).
pub fn categories(store: &Store, ids: &[i64]) -> Result<HashMap<i64, Category>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let sql = format!(
        "SELECT id, category FROM corrections WHERE voided_at IS NULL AND id IN ({})",
        vec!["?"; ids.len()].join(",")
    );
    let mut stmt = store
        .conn()
        .prepare(&sql)
        .map_err(StoreError::sql(s::CRPT_READING_CATEGORIES))?;
    let rows = stmt
        .query_map(
            rusqlite::params_from_iter(ids.iter().map(|id| Value::Integer(*id))),
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)),
        )
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(StoreError::sql(s::CRPT_READING_CATEGORIES))?;
    Ok(rows
        .into_iter()
        .map(|(id, code)| {
            (
                id,
                Category::from_code(&code).unwrap_or(Category::Probation),
            )
        })
        .collect())
}

/// A proposal to the county made in a month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalRow {
    pub incident_id: i64,
    pub correction_id: i64,
    pub minor: bool,
    pub proposed_on: String,
    pub measure: Option<Measure>,
}

/// The proposals (提请) of `office_code` whose proposal date lies in the month starting
/// `month`, whatever became of them since, oldest first.
pub fn proposals_in_month(
    store: &Store,
    office_code: &str,
    month: NaiveDate,
) -> Result<Vec<ProposalRow>> {
    let first = month_of(month);
    let mut stmt = store
        .conn()
        .prepare_cached(
            "SELECT i.id, i.correction_id, k.minor, i.proposed_on, i.measure
             FROM correction_incidents i
             JOIN corrections k ON k.id = i.correction_id
             WHERE k.office_code = ?1 AND k.voided_at IS NULL AND i.voided_at IS NULL
               AND i.proposed_on >= ?2 AND i.proposed_on <= ?3
             ORDER BY i.proposed_on, i.id",
        )
        .map_err(StoreError::sql(s::CRPT_READING_PROPOSALS))?;
    stmt.query_map(
        rusqlite::params![
            office_code,
            first.format("%Y-%m-%d").to_string(),
            month_end(first).format("%Y-%m-%d").to_string()
        ],
        |r| {
            Ok(ProposalRow {
                incident_id: r.get(0)?,
                correction_id: r.get(1)?,
                minor: r.get::<_, i64>(2)? != 0,
                proposed_on: r.get(3)?,
                measure: r
                    .get::<_, Option<String>>(4)?
                    .and_then(|m| Measure::from_code(&m)),
            })
        },
    )
    .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
    .map_err(StoreError::sql(s::CRPT_READING_PROPOSALS))
}

/// The office code of a live correction; None when there is no such correction.
pub fn office_of(store: &Store, id: i64) -> Result<Option<String>> {
    store
        .conn()
        .query_row(
            "SELECT office_code FROM corrections WHERE id = ?1 AND voided_at IS NULL",
            [id],
            |r| r.get(0),
        )
        .optional()
        .map_err(StoreError::sql(s::CRPT_READING_SUBJECT))
}

//! A month's check-ins in one sitting: every subject in correction during the month (minors
//! after the adults), saved together; and the month lock (月结), reopened only with a reason.

use chrono::{Datelike, NaiveDate};
use rusqlite::OptionalExtension;
use rusqlite::types::Value;

use super::{CorrError, refused};
use crate::domain::corrections::{Grade, Level, ValidCheckin, month_of};
use crate::store::write::{Table, Tx, text};
use crate::store::{Result, Store, StoreError};
use crate::strings as s;

/// One subject's line in the month's grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthRow {
    /// The correction's id.
    pub id: i64,
    pub name: String,
    pub minor: bool,
    pub village: String,
    /// The level in force at the month's end (the month's duties are that level's).
    pub level: Level,
    pub unable_to_work: bool,
    pub term_start: NaiveDate,
    pub term_end: NaiveDate,
    /// The month's check-in when one was saved, and its note.
    pub checkin: Option<(ValidCheckin, String)>,
}

/// 'YYYY-MM' of a month.
pub(crate) fn month_key(month: NaiveDate) -> String {
    format!("{:04}-{:02}", month.year(), month.month())
}

/// The last day of the month starting `first`.
pub(crate) fn month_end(first: NaiveDate) -> NaiveDate {
    first
        .checked_add_months(chrono::Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first)
}

/// The check-in columns from `at` on: phone, in_person, written, talks, visits, education,
/// service, session, score, grade.
pub(crate) const CHECKIN_COLS: &str = "c.phone, c.in_person, c.written, c.talks, c.visits,
    c.education, c.service, c.session, c.score, c.grade";

pub(crate) fn checkin_at(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<ValidCheckin> {
    let n = |i: usize| -> rusqlite::Result<u32> { Ok(r.get::<_, i64>(at + i)?.max(0) as u32) };
    Ok(ValidCheckin {
        phone: n(0)?,
        in_person: n(1)?,
        written: n(2)?,
        talks: n(3)?,
        visits: n(4)?,
        education: n(5)?,
        service: n(6)?,
        session: r.get::<_, i64>(at + 7)? != 0,
        score: r.get::<_, Option<i64>>(at + 8)?.map(|v| v.max(0) as u32),
        grade: r
            .get::<_, Option<String>>(at + 9)?
            .and_then(|g| Grade::from_code(&g)),
    })
}

/// Every subject of `office_code` in correction during the month starting `month` (not voided,
/// not ended before it), adults first, then minors, each by pinyin.
pub fn month_rows(store: &Store, office_code: &str, month: NaiveDate) -> Result<Vec<MonthRow>> {
    let first = month_of(month);
    let last = month_end(first);
    let mut stmt = store
        .conn()
        .prepare_cached(&format!(
            "SELECT k.id, p.name, k.minor, coalesce(v.name, ''),
                    coalesce((SELECT l.to_level FROM correction_levels l
                              WHERE l.correction_id = k.id AND l.decision = 'approved'
                                AND l.voided_at IS NULL AND l.decided_on <= ?3
                              ORDER BY l.decided_on DESC, l.id DESC LIMIT 1), k.level),
                    k.unable_to_work,
                    k.term_start, k.term_end, c.id IS NOT NULL, c.note, {CHECKIN_COLS}
             FROM corrections k
             JOIN persons p ON p.id = k.person_id
             LEFT JOIN villages v ON v.id = p.village_id
             LEFT JOIN correction_checkins c
               ON c.correction_id = k.id AND c.month = ?4 AND c.voided_at IS NULL
             WHERE k.office_code = ?1 AND k.voided_at IS NULL
               AND k.term_start <= ?3 AND k.term_end >= ?2
               AND (k.ended_on IS NULL OR k.ended_on >= ?2)
             ORDER BY k.minor, p.name_pinyin, k.id"
        ))
        .map_err(StoreError::sql("读取月度报到"))?;
    let rows = stmt
        .query_map(
            rusqlite::params![
                office_code,
                first.format("%Y-%m-%d").to_string(),
                last.format("%Y-%m-%d").to_string(),
                month_key(first)
            ],
            |r| {
                let has: bool = r.get(8)?;
                let checkin = if has {
                    Some((
                        checkin_at(r, 10)?,
                        r.get::<_, Option<String>>(9)?.unwrap_or_default(),
                    ))
                } else {
                    None
                };
                Ok(MonthRow {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    minor: r.get::<_, i64>(2)? != 0,
                    village: r.get(3)?,
                    level: Level::from_code(&r.get::<_, String>(4)?).unwrap_or(Level::Strict),
                    unable_to_work: r.get::<_, i64>(5)? != 0,
                    term_start: super::date(r.get(6)?).unwrap_or(first),
                    term_end: super::date(r.get(7)?).unwrap_or(last),
                    checkin,
                })
            },
        )
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(StoreError::sql("读取月度报到"))?;
    Ok(rows)
}

fn closed_in(tx_conn: &rusqlite::Connection, office_code: &str, month: NaiveDate) -> Result<bool> {
    let closed: Option<i64> = tx_conn
        .query_row(
            "SELECT closed FROM correction_months
             WHERE office_code = ?1 AND month = ?2 AND voided_at IS NULL",
            rusqlite::params![office_code, month_key(month_of(month))],
            |r| r.get(0),
        )
        .optional()
        .map_err(StoreError::sql("读取月结"))?;
    Ok(closed == Some(1))
}

/// Whether the office closed (月结) the month.
pub fn is_closed(store: &Store, month: NaiveDate) -> Result<bool> {
    closed_in(store.conn(), store.office_code(), month)
}

fn checkin_values(c: &ValidCheckin, note: &str) -> Vec<(&'static str, Value)> {
    let n = |v: u32| Value::Integer(i64::from(v));
    vec![
        ("phone", n(c.phone)),
        ("in_person", n(c.in_person)),
        ("written", n(c.written)),
        ("talks", n(c.talks)),
        ("visits", n(c.visits)),
        ("education", n(c.education)),
        ("service", n(c.service)),
        ("session", Value::Integer(i64::from(c.session))),
        ("score", c.score.map_or(Value::Null, n)),
        ("grade", c.grade.map_or(Value::Null, |g| text(g.code()))),
        ("note", text(note.trim())),
    ]
}

/// The live check-in of a correction for a month, if any.
fn checkin_id(tx: &Tx<'_>, correction: i64, month: &str) -> Result<Option<i64>> {
    tx.conn()
        .query_row(
            "SELECT id FROM correction_checkins
             WHERE correction_id = ?1 AND month = ?2 AND voided_at IS NULL",
            rusqlite::params![correction, month],
            |r| r.get(0),
        )
        .optional()
        .map_err(StoreError::sql("读取月度报到"))
}

/// Saves the month's check-ins of `rows` (correction id, check-in, note) in one transaction:
/// a subject's existing check-in for the month is updated, else one is made (one per month).
/// A closed month is refused whole.
pub fn save_month(
    store: &mut Store,
    month: NaiveDate,
    rows: &[(i64, ValidCheckin, String)],
) -> std::result::Result<usize, CorrError> {
    let key = month_key(month_of(month));
    store.write_with(|tx| {
        if closed_in(tx.conn(), tx.office_code(), month)? {
            return refused("month", s::CORR_MONTH_CLOSED);
        }
        for (correction, checkin, note) in rows {
            let values = checkin_values(checkin, note);
            match checkin_id(tx, *correction, &key)? {
                Some(id) => tx.update(Table::CorrectionCheckins, id, &values)?,
                None => {
                    let mut values = values;
                    values.push(("correction_id", Value::Integer(*correction)));
                    values.push(("month", text(&key)));
                    tx.insert(Table::CorrectionCheckins, &values)?;
                }
            }
        }
        Ok(rows.len())
    })
}

fn month_row(tx: &Tx<'_>, month: &str) -> Result<Option<(i64, bool)>> {
    tx.conn()
        .query_row(
            "SELECT id, closed FROM correction_months
             WHERE office_code = ?1 AND month = ?2 AND voided_at IS NULL",
            rusqlite::params![tx.office_code(), month],
            |r| Ok((r.get(0)?, r.get::<_, i64>(1)? == 1)),
        )
        .optional()
        .map_err(StoreError::sql("读取月结"))
}

/// 月结: the month's check-ins are final until it is reopened.
pub fn close_month(store: &mut Store, month: NaiveDate) -> std::result::Result<(), CorrError> {
    let key = month_key(month_of(month));
    store.write_with(|tx| {
        match month_row(tx, &key)? {
            Some((_, true)) => return refused("month", s::CORR_MONTH_CLOSED_ALREADY),
            Some((id, false)) => tx.update(
                Table::CorrectionMonths,
                id,
                &[("closed", Value::Integer(1))],
            )?,
            None => {
                tx.insert(
                    Table::CorrectionMonths,
                    &[("month", text(&key)), ("closed", Value::Integer(1))],
                )?;
            }
        }
        Ok(())
    })
}

/// Reopens a closed month, with the reason (audited like every change).
pub fn reopen_month(
    store: &mut Store,
    month: NaiveDate,
    reason: &str,
) -> std::result::Result<(), CorrError> {
    if reason.trim().is_empty() {
        return refused("reason", s::CORR_REASON_REQUIRED);
    }
    let key = month_key(month_of(month));
    store.write_with(|tx| match month_row(tx, &key)? {
        Some((id, true)) => {
            tx.update(
                Table::CorrectionMonths,
                id,
                &[
                    ("closed", Value::Integer(0)),
                    ("reopen_reason", text(reason.trim())),
                ],
            )?;
            Ok(())
        }
        _ => refused("reason", s::CORR_MONTH_NOT_CLOSED),
    })
}

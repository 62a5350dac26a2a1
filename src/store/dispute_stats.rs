//! What the dispute printouts read: the month's statistics (type × outcome, source, 防激化
//! counts), the register of a period with each party's ID, and a case found by its number.
//!
//! Every query is a range of the `disputes_office` index (office_code, registered_on, id).

use std::collections::HashMap;

use chrono::{Datelike, Months, NaiveDate};
use rusqlite::OptionalExtension;

use super::{Result, Store, StoreError};
use crate::domain::dispute::Status;
use crate::strings as s;

/// Where a dispute stands for the statistics reported upward.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// 调解成功: an agreement was reached (履行中 / 履行完毕 / 未履行, or archived with one).
    Success,
    /// 调解不成功: 调解终止, or accepted and archived without an agreement.
    Unsuccessful,
    /// 不予受理, or archived without ever being accepted.
    Rejected,
    /// 调解中: accepted and not yet ended (调解中).
    Ongoing,
    /// 待受理: registered and not yet accepted (登记); never counted as 调解中.
    Pending,
}

impl Outcome {
    pub const ALL: [Outcome; 5] = [
        Outcome::Success,
        Outcome::Unsuccessful,
        Outcome::Rejected,
        Outcome::Ongoing,
        Outcome::Pending,
    ];

    /// The code the SQL below gives.
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Unsuccessful => "unsuccessful",
            Outcome::Rejected => "rejected",
            Outcome::Ongoing => "ongoing",
            Outcome::Pending => "pending",
        }
    }

    pub fn from_code(code: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Outcome::Success => s::DISPUTE_OUTCOME_SUCCESS,
            Outcome::Unsuccessful => s::DISPUTE_OUTCOME_UNSUCCESSFUL,
            Outcome::Rejected => s::DISPUTE_OUTCOME_REJECTED,
            Outcome::Ongoing => s::DISPUTE_OUTCOME_ONGOING,
            Outcome::Pending => s::DISPUTE_OUTCOME_PENDING,
        }
    }
}

/// The outcome of a dispute (alias `d`) as an SQL expression.
const OUTCOME_SQL: &str = "CASE
    WHEN d.status IN ('performing', 'performed', 'not_performed')
      OR (d.status = 'archived' AND d.agreed_on IS NOT NULL) THEN 'success'
    WHEN d.status = 'terminated'
      OR (d.status = 'archived' AND d.accepted_on IS NOT NULL) THEN 'unsuccessful'
    WHEN d.status = 'rejected' OR d.status = 'archived' THEN 'rejected'
    WHEN d.status = 'registered' THEN 'pending'
    ELSE 'ongoing' END";

/// The live disputes of an office registered in [?2, ?3) (alias `d`).
const RANGE_SQL: &str = "d.office_code = ?1 AND d.registered_on >= ?2 AND d.registered_on < ?3
    AND d.voided_at IS NULL";

/// One month's statistics of an office: disputes registered in the month, not voided.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DisputeMonthly {
    /// (type code, outcome, count), only the non-zero cells.
    pub by_kind_outcome: Vec<(String, Outcome, i64)>,
    /// (source code, count).
    pub by_source: Vec<(String, i64)>,
    pub total: i64,
    /// 易激化 disputes, and of those the ones reported to the police.
    pub escalation_risk: i64,
    pub police_notified: i64,
    /// 疑难 disputes.
    pub difficult: i64,
}

impl DisputeMonthly {
    pub fn count(&self, kind: &str, outcome: Outcome) -> i64 {
        self.by_kind_outcome
            .iter()
            .filter(|(k, o, _)| k == kind && *o == outcome)
            .map(|(_, _, n)| n)
            .sum()
    }

    pub fn outcome_total(&self, outcome: Outcome) -> i64 {
        self.by_kind_outcome
            .iter()
            .filter(|(_, o, _)| *o == outcome)
            .map(|(_, _, n)| n)
            .sum()
    }

    pub fn kind_total(&self, kind: &str) -> i64 {
        self.by_kind_outcome
            .iter()
            .filter(|(k, _, _)| k == kind)
            .map(|(_, _, n)| n)
            .sum()
    }

    /// 调解成功率 in %: success ÷ (success + unsuccessful); None when neither happened.
    pub fn success_rate(&self) -> Option<f64> {
        let ok = self.outcome_total(Outcome::Success);
        let done = ok + self.outcome_total(Outcome::Unsuccessful);
        (done > 0).then(|| ok as f64 * 100.0 / done as f64)
    }
}

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The first day of `month`'s month and of the next one.
fn month_range(month: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = month.with_day(1).unwrap_or(month);
    let next = first
        .checked_add_months(Months::new(1))
        .unwrap_or(NaiveDate::MAX);
    (first, next)
}

/// The statistics of the month `month_first_day` falls in.
pub fn monthly(store: &Store, office: &str, month_first_day: NaiveDate) -> Result<DisputeMonthly> {
    let (first, next) = month_range(month_first_day);
    let (from, to) = (day(first), day(next));
    let conn = store.conn();
    let err = StoreError::sql("统计纠纷");
    let mut stats = DisputeMonthly::default();

    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT d.kind, {OUTCOME_SQL} AS outcome, count(*) FROM disputes d
             WHERE {RANGE_SQL} GROUP BY d.kind, outcome ORDER BY d.kind, outcome"
        ))
        .map_err(StoreError::sql("统计纠纷"))?;
    let rows = stmt
        .query_map([office, &from, &to], |r| {
            let outcome: String = r.get(1)?;
            Ok((r.get::<_, String>(0)?, outcome, r.get::<_, i64>(2)?))
        })
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(StoreError::sql("统计纠纷"))?;
    for (kind, outcome, n) in rows {
        let outcome = Outcome::from_code(&outcome).unwrap_or(Outcome::Pending);
        stats.total += n;
        stats.by_kind_outcome.push((kind, outcome, n));
    }

    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT d.source, count(*) FROM disputes d WHERE {RANGE_SQL}
             GROUP BY d.source ORDER BY count(*) DESC, d.source"
        ))
        .map_err(StoreError::sql("统计纠纷"))?;
    stats.by_source = stmt
        .query_map([office, &from, &to], |r| Ok((r.get(0)?, r.get(1)?)))
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(StoreError::sql("统计纠纷"))?;

    let (risk, told, difficult) = conn
        .query_row(
            &format!(
                "SELECT coalesce(sum(d.escalation_risk), 0),
                        coalesce(sum(d.escalation_risk = 1 AND d.police_notified_at IS NOT NULL), 0),
                        coalesce(sum(d.difficult), 0)
                 FROM disputes d WHERE {RANGE_SQL}"
            ),
            [office, &from, &to],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .map_err(err)?;
    stats.escalation_risk = risk;
    stats.police_notified = told;
    stats.difficult = difficult;
    Ok(stats)
}

/// A party as the register prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterParty {
    pub applicant: bool,
    pub name: String,
    pub id_number: Option<String>,
    pub credit_code: String,
}

/// A line of the register of a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterRow {
    pub id: i64,
    pub case_no: Option<String>,
    pub registered_on: String,
    pub accepted_on: Option<String>,
    /// The type's label (its code when the list lacks it).
    pub kind: String,
    pub status: Status,
    /// Operator names, comma-separated as stored.
    pub mediators: String,
    pub parties: Vec<RegisterParty>,
}

/// The live disputes of an office registered from `from` to `to` (both included), oldest
/// first, each with its parties.
pub fn register(
    store: &Store,
    office: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<RegisterRow>> {
    let next = to.succ_opt().unwrap_or(NaiveDate::MAX);
    let (from, to) = (day(from), day(next));
    let conn = store.conn();
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT d.id, d.case_no, d.registered_on, d.accepted_on, coalesce((SELECT k.label FROM codes k WHERE k.list = 'dispute_type'
                               AND k.code = d.kind AND k.voided_at IS NULL LIMIT 1), d.kind),
                    d.status, d.mediators
             FROM disputes d
             WHERE {RANGE_SQL} ORDER BY d.registered_on, d.id"
        ))
        .map_err(StoreError::sql("读取纠纷"))?;
    let mut rows = stmt
        .query_map([office, &from, &to], |r| {
            let status: String = r.get(5)?;
            Ok(RegisterRow {
                id: r.get(0)?,
                case_no: r.get(1)?,
                registered_on: r.get(2)?,
                accepted_on: r.get(3)?,
                kind: r.get(4)?,
                status: Status::from_code(&status).unwrap_or_default(),
                mediators: r.get(6)?,
                parties: Vec::new(),
            })
        })
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(StoreError::sql("读取纠纷"))?;
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT dp.dispute_id, dp.side = 'applicant', coalesce(p.name, dp.org_name),
                    p.id_number, dp.credit_code
             FROM disputes d
             JOIN dispute_parties dp ON dp.dispute_id = d.id AND dp.voided_at IS NULL
             LEFT JOIN persons p ON p.id = dp.person_id
             WHERE {RANGE_SQL} ORDER BY dp.dispute_id, dp.id"
        ))
        .map_err(StoreError::sql("读取纠纷"))?;
    let parties = stmt
        .query_map([office, &from, &to], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                RegisterParty {
                    applicant: r.get(1)?,
                    name: r.get(2)?,
                    id_number: r.get(3)?,
                    credit_code: r.get(4)?,
                },
            ))
        })
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(StoreError::sql("读取纠纷"))?;
    let at: HashMap<i64, usize> = rows.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
    for (dispute, party) in parties {
        if let Some(&i) = at.get(&dispute) {
            rows[i].parties.push(party);
        }
    }
    Ok(rows)
}

/// The live dispute of an office with this case number.
pub fn by_case_no(store: &Store, office: &str, case_no: &str) -> Result<Option<i64>> {
    store
        .conn()
        .query_row(
            "SELECT id FROM disputes WHERE office_code = ?1 AND case_no = ?2
             AND voided_at IS NULL ORDER BY id LIMIT 1",
            [office, case_no.trim()],
            |r| r.get(0),
        )
        .optional()
        .map_err(StoreError::sql("读取纠纷"))
}

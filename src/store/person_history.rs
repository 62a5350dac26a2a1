//! One person's records across the modules, for the person's own screen in the registry:
//! ledger visits and disputes (with their status). 社区矫正 is left out until roles decide who
//! may see it (issue 12).

use crate::domain::dispute::Status;
use crate::store::{Result, Store, StoreError};

/// A ledger visit: when, the service's label, the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visit {
    pub id: i64,
    pub served_at: String,
    pub service: String,
    pub summary: String,
}

/// A dispute the person is a party of: its short number (None before 受理), the day it was
/// registered, its status, and the side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    pub id: i64,
    pub case_short: Option<String>,
    pub registered_on: String,
    pub status: Status,
    pub applicant: bool,
}

/// The person's visits and disputes, newest first (at most `limit` of each).
pub fn history(store: &Store, person_id: i64, limit: usize) -> Result<(Vec<Visit>, Vec<Party>)> {
    let doing = "读取人员经历";
    let limit = limit as i64;
    let mut stmt = store
        .conn()
        .prepare_cached(
            "SELECT e.id, e.served_at, coalesce(c.label, e.service), e.summary
             FROM service_entries e
             LEFT JOIN codes c ON c.list = 'service_type' AND c.code = e.service
             WHERE e.person_id = ?1 AND e.voided_at IS NULL
             ORDER BY e.served_at DESC, e.id DESC LIMIT ?2",
        )
        .map_err(StoreError::sql(doing))?;
    let visits = stmt
        .query_map(rusqlite::params![person_id, limit], |r| {
            Ok(Visit {
                id: r.get(0)?,
                served_at: r.get(1)?,
                service: r.get(2)?,
                summary: r.get(3)?,
            })
        })
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(StoreError::sql(doing))?;
    let mut stmt = store
        .conn()
        .prepare_cached(
            "SELECT d.id, CASE WHEN d.case_seq IS NULL THEN NULL
                           ELSE d.case_year || '-' || printf('%03d', d.case_seq) END,
                    d.registered_on, d.status, dp.side = 'applicant'
             FROM dispute_parties dp JOIN disputes d ON d.id = dp.dispute_id
             WHERE dp.person_id = ?1 AND dp.voided_at IS NULL AND d.voided_at IS NULL
             ORDER BY d.registered_on DESC, d.id DESC LIMIT ?2",
        )
        .map_err(StoreError::sql(doing))?;
    let parties = stmt
        .query_map(rusqlite::params![person_id, limit], |r| {
            Ok(Party {
                id: r.get(0)?,
                case_short: r.get(1)?,
                registered_on: r.get(2)?,
                status: Status::from_code(&r.get::<_, String>(3)?).unwrap_or_default(),
                applicant: r.get(4)?,
            })
        })
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(StoreError::sql(doing))?;
    Ok((visits, parties))
}

//! The dispute register's speed budgets (issue 4, item 11): on a county-scale demo
//! (25 offices × 3 years of disputes) the register's first page and the monthly statistics
//! each take at most 50 ms.
//!
//!     cargo bench --bench disputes -- /path/to/county.db
//!
//! Make the file with `sifa-desk --db /path/to/county.db demo --scale county`. Times (median
//! of 20, after one warm-up run) for the file's own office:
//! - `store::disputes::page` with the default filter, 100 rows (what tab 1 shows first), and
//!   the same with "overdue only" as of today;
//! - the monthly statistics of the last complete month: `store::dispute_stats::monthly`, and
//!   for comparison the same kind of statements run directly through the read-only
//!   `store::inspect`, prepared each time (by type × status, by source, 防激化 counters).

use std::path::PathBuf;
use std::process::exit;

use chrono::{Datelike, Local, Months, NaiveDate};
use sifa_desk::store::dispute_stats;
use sifa_desk::store::disputes::{DisputeFilter, page};
use sifa_desk::store::{Cursor, OpenOptions, Store, inspect};

mod common;

use common::{fail, time};

const BUDGET_MS: f64 = 50.0;

fn report(what: &str, times: (f64, f64, f64)) -> bool {
    common::report(what, times, BUDGET_MS)
}

/// The monthly statistics' statements for one office and month, run directly.
fn monthly(store: &Store, office: &str, from: &str, to: &str) -> sifa_desk::store::Result<usize> {
    let range = "FROM disputes WHERE office_code = ?1 AND registered_on >= ?2
                 AND registered_on < ?3 AND voided_at IS NULL";
    let mut rows = 0;
    for sql in [
        format!("SELECT kind, status, count(*), sum(agreed_on IS NOT NULL) {range} GROUP BY kind, status"),
        format!("SELECT source, count(*) {range} GROUP BY source"),
        format!(
            "SELECT count(*), sum(escalation_risk), sum(escalation_risk AND police_notified_at IS NOT NULL),
                    sum(difficult), sum(agreed_on IS NOT NULL), sum(status = 'terminated') {range}"
        ),
    ] {
        rows += inspect::rows(store, &sql, rusqlite::params![office, from, to], |_| Ok(()))?.len();
    }
    Ok(rows)
}

fn main() {
    let Some(path) = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
    else {
        fail("usage: cargo bench --bench disputes -- /path/to/county.db")
    };
    let store = Store::open(&path, &OpenOptions::default()).unwrap_or_else(|e| fail(e));
    let office = store.office_code().to_string();
    let (disputes, offices): (i64, i64) = inspect::row(
        &store,
        "SELECT count(*), count(DISTINCT office_code) FROM disputes",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap_or_else(|e| fail(e));
    let today = Local::now().date_naive();
    println!(
        "{}: {disputes} disputes of {offices} offices; own office {office}",
        path.display()
    );

    let filter = DisputeFilter {
        office_code: office.clone(),
        ..Default::default()
    };
    let first = page(&store, &filter, Cursor::First, 100).unwrap_or_else(|e| fail(e));
    println!("first page: {} rows", first.len());
    let mut ok = report(
        "register, first page (100 rows)",
        time(|| page(&store, &filter, Cursor::First, 100)),
    );
    let overdue = DisputeFilter {
        overdue_on: Some(today),
        ..filter.clone()
    };
    ok &= report(
        "register, overdue only (100 rows)",
        time(|| page(&store, &overdue, Cursor::First, 100)),
    );

    let month = NaiveDate::from_ymd_opt(today.year(), today.month(), 1)
        .and_then(|d| d.checked_sub_months(Months::new(1)))
        .unwrap_or(today);
    let next = month.checked_add_months(Months::new(1)).unwrap_or(month);
    let (from, to) = (
        month.format("%Y-%m-%d").to_string(),
        next.format("%Y-%m-%d").to_string(),
    );
    let stats = dispute_stats::monthly(&store, &office, month).unwrap_or_else(|e| fail(e));
    println!(
        "{}: {} disputes registered",
        month.format("%Y-%m"),
        stats.total
    );
    ok &= report(
        &format!("dispute_stats::monthly {}", month.format("%Y-%m")),
        time(|| dispute_stats::monthly(&store, &office, month)),
    );
    monthly(&store, &office, &from, &to).unwrap_or_else(|e| fail(e));
    ok &= report(
        &format!("monthly statistics {} (SQL)", month.format("%Y-%m")),
        time(|| monthly(&store, &office, &from, &to)),
    );
    if !ok {
        exit(2);
    }
}

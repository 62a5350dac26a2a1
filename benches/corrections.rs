//! 社区矫正's speed budgets (issue 8, item 15): on the county demo, the register's first page
//! and the month's grid each load in at most 50 ms, and all alerts of one office are computed
//! in at most 50 ms.
//!
//!     cargo bench --bench corrections -- /path/to/county.db
//!
//! Make the file with `sifa-desk --db /path/to/county.db demo --scale county`. Times (median
//! of 20, after one warm-up run) for the file's own office, as of today:
//! - `store::corrections::page`, the register's default filter (在矫), 100 rows, and the same
//!   with "alerts only" (which computes every subject's alerts first);
//! - `store::corrections::month_rows` for last month: the rows of the one-sitting grid, with
//!   the check-ins saved so far;
//! - `store::corrections::alerts`: every alert of the office.

mod common;

use std::path::PathBuf;
use std::process::exit;

use chrono::{Local, Months};
use common::{fail, time};
use sifa_desk::domain::corrections::month_of;
use sifa_desk::store::corrections::{self, CorrectionFilter};
use sifa_desk::store::{Cursor, OpenOptions, Store, inspect};

const BUDGET_MS: f64 = 50.0;

fn main() {
    let Some(path) = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
    else {
        fail("usage: cargo bench --bench corrections -- /path/to/county.db")
    };
    let store = Store::open(&path, &OpenOptions::default()).unwrap_or_else(|e| fail(e));
    let office = store.office_code().to_string();
    let (subjects, checkins): (i64, i64) = inspect::row(
        &store,
        "SELECT (SELECT count(*) FROM corrections), (SELECT count(*) FROM correction_checkins)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap_or_else(|e| fail(e));
    let today = Local::now().date_naive();
    println!(
        "{}: {subjects} corrections, {checkins} check-ins; own office {office}",
        path.display()
    );
    let settings = corrections::settings(&store).unwrap_or_else(|e| fail(e));
    let filter = CorrectionFilter::active(&office, today);
    let first = corrections::page(&store, &filter, Cursor::First, 100).unwrap_or_else(|e| fail(e));
    println!("first page: {} subjects in correction", first.len());
    if first.is_empty() {
        fail("the office has no one in correction: not a demo file of this version");
    }
    let budget = |what: &str, t| common::report(what, t, BUDGET_MS);
    let mut ok = budget(
        "register, first page (100 rows)",
        time(|| corrections::page(&store, &filter, Cursor::First, 100)),
    );
    let alerted = CorrectionFilter {
        alerted: true,
        ..filter.clone()
    };
    ok &= budget(
        "register, alerts only",
        time(|| corrections::page(&store, &alerted, Cursor::First, 100)),
    );
    let last = month_of(today)
        .checked_sub_months(Months::new(1))
        .unwrap_or(today);
    let rows = corrections::month_rows(&store, &office, last).unwrap_or_else(|e| fail(e));
    println!(
        "{}: {} rows in the grid, {} saved",
        last.format("%Y-%m"),
        rows.len(),
        rows.iter().filter(|r| r.checkin.is_some()).count()
    );
    ok &= budget(
        &format!("month's grid rows {}", last.format("%Y-%m")),
        time(|| corrections::month_rows(&store, &office, last)),
    );
    let alerts = corrections::alerts(&store, &office, today, &settings).unwrap_or_else(|e| fail(e));
    println!("alerts: {} subjects", alerts.len());
    ok &= budget(
        "all alerts of the office",
        time(|| corrections::alerts(&store, &office, today, &settings)),
    );
    if !ok {
        exit(2);
    }
}

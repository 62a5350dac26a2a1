//! The printouts of 社区矫正 as documents:
//!
//! - `sign_in.rs` — the month's collective-education sign-in sheet; minors sign a sheet of
//!   their own and never appear on the adults' one (社区矫正法 art. 54);
//!   and the collective 宣告's sheet of last month's new entrants (adults only);
//! - `monthly.rs` — the month's summary per subject with the level's shortfalls and the
//!   alerts, and its totals; minors are counted in one line, never named;
//! - `record.rs`  — one subject's whole record (矫正对象档案), with the full ID number: it is
//!   the subject's own file, asked for by name, so it may be a minor's.
//!
//! Rows come from `store::corrections`; the rules (duties, alerts) from
//! `domain::corrections`. Hours are tenths, printed with `format_tenths`; dates YYYY-MM-DD.

mod monthly;
mod record;
mod sign_in;
#[cfg(test)]
mod tests;

pub use monthly::{Summary, SummaryLine, monthly, summary_document};
pub use record::{record, record_file_period};
pub use sign_in::{announcement, sign_in};

use chrono::{Datelike, NaiveDate};

use super::{Col, ColKind};
use crate::domain::corrections::{ValidCheckin, month_of};
use crate::store::{self, Store, StoreError, offices};
use crate::strings as s;

fn col(title: &str, width: u16, kind: ColKind) -> Col {
    Col::new(title, width, kind)
}

fn office_name(store: &Store, office_code: &str) -> store::Result<String> {
    offices::by_code(store, office_code)?
        .map(|o| o.name)
        .ok_or(StoreError::NotFound)
}

fn signatures() -> Vec<String> {
    s::REPORT_SIGNATURES.iter().map(|x| x.to_string()).collect()
}

/// The first and last day of the month of `day`.
fn month_bounds(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = month_of(day);
    let last = first
        .checked_add_months(chrono::Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first);
    (first, last)
}

/// "2026年11月".
fn month_label(day: NaiveDate) -> String {
    s::crpt_month(day.year(), day.month())
}

/// YYYY-MM-DD, or "—".
fn day_text(d: Option<NaiveDate>) -> String {
    d.map_or_else(
        || s::CRPT_NONE.to_string(),
        |d| d.format("%Y-%m-%d").to_string(),
    )
}

/// A stored date text, or "—" when empty.
fn or_none(t: &str) -> String {
    if t.trim().is_empty() {
        s::CRPT_NONE.to_string()
    } else {
        t.to_string()
    }
}

fn yes_no(b: bool) -> String {
    if b { s::CRPT_YES } else { s::CRPT_NO }.to_string()
}

fn pair(label: &str, value: impl Into<String>) -> (String, String) {
    (label.to_string(), value.into())
}

/// 考核 as printed: a score (marked when under the pass mark), a grade, or "—".
fn assessment(c: &ValidCheckin, pass_score: u32) -> String {
    match (c.score, c.grade) {
        (Some(score), _) if c.failed(pass_score) => s::crpt_score_failed(score),
        (Some(score), _) => s::crpt_score(score),
        (None, Some(grade)) => grade.label().to_string(),
        (None, None) => s::CRPT_NONE.to_string(),
    }
}

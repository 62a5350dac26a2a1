//! The report deadline (domain.md §3): 管制 and 缓刑 report within N days of the judgment taking
//! effect, 假释 within N days of leaving prison; 暂予监外执行 are brought in and have none. How
//! the days are counted (start day excluded or not, a weekend deadline moved to Monday) is a
//! setting.

use chrono::NaiveDate;

use super::{Category, Settings};

/// 报到类型.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportType {
    OnTime,
    /// Reported this many days after the deadline.
    Late(i64),
    /// Not (yet) reported.
    NotReported,
    /// 暂予监外执行: brought in, no deadline.
    BroughtIn,
}

/// The last day to report when the deadline runs from `runs_from` (the judgment's effective
/// day, or the day out of prison); None for 暂予监外执行.
pub fn report_deadline(
    category: Category,
    runs_from: NaiveDate,
    settings: &Settings,
) -> Option<NaiveDate> {
    let _ = (category, runs_from, settings);
    todo!("helper: deadline arithmetic")
}

/// 报到类型 from when the deadline runs and the day the subject reported (None: not yet).
pub fn report_type(
    category: Category,
    runs_from: Option<NaiveDate>,
    reported_on: Option<NaiveDate>,
    settings: &Settings,
) -> ReportType {
    let _ = (category, runs_from, reported_on, settings);
    todo!("helper: report type")
}

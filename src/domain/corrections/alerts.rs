//! What needs doing for one subject on a day (domain.md §3 "Alerts"), from the settings.

use chrono::NaiveDate;

use super::intake::ValidCheckin;
use super::{Category, Level, Settings, Status};

/// What is known of one subject that the alerts read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubjectFacts {
    pub category: Category,
    pub level: Level,
    pub status: Status,
    pub term_start: NaiveDate,
    pub term_end: NaiveDate,
    /// The day the report deadline runs from (judgment effective, out of prison).
    pub runs_from: Option<NaiveDate>,
    pub reported_on: Option<NaiveDate>,
    pub unable_to_work: bool,
    /// 暂予监外执行 on medical grounds (保外就医).
    pub medical: bool,
    /// Last month's check-in, if there is one.
    pub last_month: Option<ValidCheckin>,
    /// The end of the latest electronic-tag approval, if any.
    pub tag_ends: Option<NaiveDate>,
    pub last_medical_report: Option<NaiveDate>,
    pub last_recheck: Option<NaiveDate>,
    /// The end-of-term summary, assessment and 安置帮教 suggestion are recorded.
    pub end_papers_done: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertKind {
    /// The report deadline passed without 报到 (days past).
    ReportOverdue(i64),
    /// No check-in recorded for last month.
    NoCheckin,
    /// Last month's check-in fell short of the level's duties.
    DutyShort,
    /// The term ends in N days: summary, assessment and 安置帮教 suggestion due.
    EndPapers(i64),
    /// The term ends in N days: 解矫宣告.
    Release(i64),
    /// The electronic tag's approval ends in N days (negative: ended).
    TagEnding(i64),
    /// 保外就医: the monthly health report is due.
    MedicalReport,
    /// 保外就医: the 3-monthly re-check is due.
    Recheck,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alert {
    pub kind: AlertKind,
}

/// Every alert for one subject on `today`, most urgent first. None for a correction that ended.
pub fn alerts(facts: &SubjectFacts, today: NaiveDate, settings: &Settings) -> Vec<Alert> {
    let _ = (facts, today, settings);
    todo!("helper: alerts")
}

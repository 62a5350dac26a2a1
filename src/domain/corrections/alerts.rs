//! What needs doing for one subject on a day (domain.md §3 "Alerts"), from the settings.

use chrono::{Months, NaiveDate};

use super::deadline::report_deadline;
use super::duties::{month_bounds, monthly_minimum, shortfalls};
use super::intake::{ValidCheckin, month_of};
use super::{Category, Level, Settings, Status};
use crate::strings as s;

/// What is known of one subject that the alerts read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubjectFacts {
    pub category: Category,
    pub level: Level,
    /// The level in force at the end of last month, when it differs from `level` (changed
    /// since); last month's duties are those of that level.
    pub last_month_level: Option<Level>,
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
    /// The term ends in N days: 解矫宣告 (negative: the term passed and the subject is still
    /// in correction).
    Release(i64),
    /// The electronic tag's approval ends in N days (negative: ended).
    TagEnding(i64),
    /// 保外就医: the monthly health report is due.
    MedicalReport,
    /// 保外就医: the 3-monthly re-check is due.
    Recheck,
}

impl AlertKind {
    /// The alert in full, e.g. 逾期未报到3天.
    pub fn label(&self) -> String {
        match *self {
            AlertKind::ReportOverdue(days) => s::corr_alert_report_overdue(days),
            AlertKind::NoCheckin => s::CORR_ALERT_NO_CHECKIN.to_string(),
            AlertKind::DutyShort => s::CORR_ALERT_DUTY_SHORT.to_string(),
            AlertKind::EndPapers(days) => s::corr_alert_end_papers(days),
            AlertKind::Release(days) => s::corr_alert_release(days),
            AlertKind::TagEnding(days) => s::corr_alert_tag_ending(days),
            AlertKind::MedicalReport => s::CORR_ALERT_MEDICAL_REPORT.to_string(),
            AlertKind::Recheck => s::CORR_ALERT_RECHECK.to_string(),
        }
    }

    /// The alert as a register column's mark (2–4 characters).
    pub fn short(&self) -> &'static str {
        match self {
            AlertKind::ReportOverdue(_) => s::CORR_ALERT_SHORT_REPORT,
            AlertKind::NoCheckin => s::CORR_ALERT_SHORT_NO_CHECKIN,
            AlertKind::DutyShort => s::CORR_ALERT_SHORT_DUTY,
            AlertKind::EndPapers(_) => s::CORR_ALERT_SHORT_END_PAPERS,
            AlertKind::Release(_) => s::CORR_ALERT_SHORT_RELEASE,
            AlertKind::TagEnding(_) => s::CORR_ALERT_SHORT_TAG,
            AlertKind::MedicalReport => s::CORR_ALERT_SHORT_MEDICAL,
            AlertKind::Recheck => s::CORR_ALERT_SHORT_RECHECK,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alert {
    pub kind: AlertKind,
}

impl Alert {
    pub fn new(kind: AlertKind) -> Alert {
        Alert { kind }
    }
}

/// The alerts' short marks joined for one register cell, e.g. 缺报·将期满.
pub fn alert_summary(alerts: &[Alert]) -> String {
    alerts
        .iter()
        .map(|a| a.kind.short())
        .collect::<Vec<_>>()
        .join(s::CORR_ALERT_JOIN)
}

/// Days from `today` to `day` (negative: `day` has passed).
fn days_until(today: NaiveDate, day: NaiveDate) -> i64 {
    (day - today).num_days()
}

/// The report deadline passed without 报到: days past it.
fn report_overdue(facts: &SubjectFacts, today: NaiveDate, settings: &Settings) -> Option<i64> {
    if facts.category == Category::Outside || facts.reported_on.is_some() {
        return None;
    }
    let deadline = report_deadline(facts.category, facts.runs_from?, settings)?;
    (today > deadline).then(|| (today - deadline).num_days())
}

/// Last month's alerts: no check-in, or a check-in short of the level's duties.
fn last_month(facts: &SubjectFacts, today: NaiveDate, settings: &Settings) -> Option<AlertKind> {
    let this_month = month_of(today);
    let (first, last) = month_bounds(this_month.checked_sub_months(Months::new(1))?);
    let in_correction = facts.term_start <= last && facts.term_end >= first;
    match &facts.last_month {
        None if in_correction => Some(AlertKind::NoCheckin),
        None => None,
        Some(done) => {
            let required = monthly_minimum(
                settings.duties(facts.last_month_level.unwrap_or(facts.level)),
                first,
                facts.term_start.max(first),
                facts.term_end.min(last),
                facts.unable_to_work,
            );
            (!shortfalls(&required, done).is_empty()).then_some(AlertKind::DutyShort)
        }
    }
}

/// 保外就医: this month's health report not handed in (from the second month on).
fn medical_report_due(facts: &SubjectFacts, today: NaiveDate) -> bool {
    let this_month = month_of(today);
    facts.medical
        && facts.term_start < this_month
        && facts.last_medical_report.is_none_or(|d| d < this_month)
}

/// 保外就医: the re-check is due `recheck_months` after the last one (or the start).
fn recheck_due(facts: &SubjectFacts, today: NaiveDate, settings: &Settings) -> bool {
    let since = facts.last_recheck.unwrap_or(facts.term_start);
    facts.medical
        && since
            .checked_add_months(Months::new(settings.recheck_months))
            .is_some_and(|due| today >= due)
}

/// Every alert for one subject on `today`, most urgent first. None for a correction that ended.
pub fn alerts(facts: &SubjectFacts, today: NaiveDate, settings: &Settings) -> Vec<Alert> {
    if facts.status != Status::Active {
        return Vec::new();
    }
    let mut kinds = Vec::new();
    if let Some(days) = report_overdue(facts, today, settings) {
        kinds.push(AlertKind::ReportOverdue(days));
    }
    let to_end = days_until(today, facts.term_end);
    if to_end <= i64::from(settings.release_warn_days) {
        kinds.push(AlertKind::Release(to_end));
    }
    if (0..=i64::from(settings.end_warn_days)).contains(&to_end) && !facts.end_papers_done {
        kinds.push(AlertKind::EndPapers(to_end));
    }
    if let Some(tag_ends) = facts.tag_ends {
        let n = days_until(today, tag_ends);
        if (0..=i64::from(settings.tag_warn_days)).contains(&n) {
            kinds.push(AlertKind::TagEnding(n));
        }
    }
    kinds.extend(last_month(facts, today, settings));
    if medical_report_due(facts, today) {
        kinds.push(AlertKind::MedicalReport);
    }
    if recheck_due(facts, today, settings) {
        kinds.push(AlertKind::Recheck);
    }
    kinds.into_iter().map(Alert::new).collect()
}

#[cfg(test)]
#[path = "alerts_tests.rs"]
mod tests;

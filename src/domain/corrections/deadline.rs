//! The report deadline (domain.md §3): 管制 and 缓刑 report within N days of the judgment taking
//! effect, 假释 within N days of leaving prison; 暂予监外执行 are brought in and have none. How
//! the days are counted (start day excluded or not, a weekend deadline moved to Monday) is a
//! setting.

use chrono::{Days, NaiveDate};

use super::{Category, Settings};
use crate::strings as s;

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

impl ReportType {
    /// The 报到类型 as shown (按时报到, 逾期3天, 未报到, 送达交接).
    pub fn label(&self) -> String {
        match self {
            ReportType::OnTime => s::CORR_REPORT_ON_TIME.to_string(),
            ReportType::Late(days) => s::corr_report_late(*days),
            ReportType::NotReported => s::CORR_REPORT_NOT_YET.to_string(),
            ReportType::BroughtIn => s::CORR_REPORT_BROUGHT_IN.to_string(),
        }
    }
}

/// The last day to report when the deadline runs from `runs_from` (the judgment's effective
/// day, or the day out of prison); None for 暂予监外执行.
pub fn report_deadline(
    category: Category,
    runs_from: NaiveDate,
    settings: &Settings,
) -> Option<NaiveDate> {
    if category == Category::Outside {
        return None;
    }
    let days = if settings.exclude_start_day {
        settings.report_days
    } else {
        settings.report_days.saturating_sub(1)
    };
    let mut deadline = runs_from.checked_add_days(Days::new(u64::from(days)))?;
    if !settings.weekend_moves {
        return Some(deadline);
    }
    // On to the next working day; a year's holidays are never more than a few weeks in a row.
    for _ in 0..60 {
        if !settings.is_day_off(deadline) {
            break;
        }
        deadline = deadline.succ_opt()?;
    }
    Some(deadline)
}

/// 报到类型 from when the deadline runs and the day the subject reported (None: not yet).
pub fn report_type(
    category: Category,
    runs_from: Option<NaiveDate>,
    reported_on: Option<NaiveDate>,
    settings: &Settings,
) -> ReportType {
    if category == Category::Outside {
        return ReportType::BroughtIn;
    }
    let Some(reported_on) = reported_on else {
        return ReportType::NotReported;
    };
    match runs_from.and_then(|from| report_deadline(category, from, settings)) {
        Some(deadline) if reported_on > deadline => {
            ReportType::Late((reported_on - deadline).num_days())
        }
        // On time, or no start known to count from.
        _ => ReportType::OnTime,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Plain counting: start day excluded, no weekend move.
    fn plain() -> Settings {
        Settings {
            weekend_moves: false,
            ..Settings::default()
        }
    }

    fn counting_start() -> Settings {
        Settings {
            exclude_start_day: false,
            weekend_moves: false,
            ..Settings::default()
        }
    }

    #[test]
    fn the_deadline_crosses_a_month_end() {
        let from = d(2026, 1, 25);
        assert_eq!(
            report_deadline(Category::Probation, from, &plain()),
            Some(d(2026, 2, 4))
        );
        assert_eq!(
            report_deadline(Category::Probation, from, &counting_start()),
            Some(d(2026, 2, 3))
        );
    }

    #[test]
    fn the_deadline_knows_leap_years() {
        assert_eq!(
            report_deadline(Category::Parole, d(2028, 2, 25), &plain()),
            Some(d(2028, 3, 6))
        );
        assert_eq!(
            report_deadline(Category::Parole, d(2028, 2, 25), &counting_start()),
            Some(d(2028, 3, 5))
        );
        assert_eq!(
            report_deadline(Category::Parole, d(2026, 2, 25), &plain()),
            Some(d(2026, 3, 7))
        );
    }

    #[test]
    fn a_weekend_deadline_moves_to_monday() {
        let moves = Settings::default();
        // 2026-03-07 is a Saturday, 2026-03-08 a Sunday.
        assert_eq!(
            report_deadline(Category::Control, d(2026, 2, 25), &moves),
            Some(d(2026, 3, 9))
        );
        assert_eq!(
            report_deadline(Category::Control, d(2026, 2, 26), &moves),
            Some(d(2026, 3, 9))
        );
        // A Friday stays.
        assert_eq!(
            report_deadline(Category::Control, d(2026, 2, 24), &moves),
            Some(d(2026, 3, 6))
        );
        // Without the setting the Saturday stands.
        assert_eq!(
            report_deadline(Category::Control, d(2026, 2, 25), &plain()),
            Some(d(2026, 3, 7))
        );
    }

    #[test]
    fn the_number_of_days_is_a_setting() {
        let fifteen = Settings {
            report_days: 15,
            ..plain()
        };
        assert_eq!(
            report_deadline(Category::Probation, d(2026, 3, 2), &fifteen),
            Some(d(2026, 3, 17))
        );
    }

    #[test]
    fn outside_subjects_have_no_deadline_and_are_brought_in() {
        assert_eq!(
            report_deadline(Category::Outside, d(2026, 3, 2), &plain()),
            None
        );
        assert_eq!(
            report_type(Category::Outside, Some(d(2026, 3, 2)), None, &plain()),
            ReportType::BroughtIn
        );
        assert_eq!(ReportType::BroughtIn.label(), "送达交接");
    }

    #[test]
    fn report_types_on_time_late_and_not_yet() {
        let st = plain();
        let from = Some(d(2026, 1, 25));
        let cat = Category::Probation;
        assert_eq!(
            report_type(cat, from, Some(d(2026, 2, 4)), &st),
            ReportType::OnTime
        );
        assert_eq!(
            report_type(cat, from, Some(d(2026, 1, 25)), &st),
            ReportType::OnTime
        );
        assert_eq!(
            report_type(cat, from, Some(d(2026, 2, 5)), &st),
            ReportType::Late(1)
        );
        assert_eq!(
            report_type(cat, from, Some(d(2026, 2, 7)), &st),
            ReportType::Late(3)
        );
        // Counting the start day makes the same report one day later.
        assert_eq!(
            report_type(cat, from, Some(d(2026, 2, 7)), &counting_start()),
            ReportType::Late(4)
        );
        assert_eq!(report_type(cat, from, None, &st), ReportType::NotReported);
        assert_eq!(
            report_type(cat, None, Some(d(2026, 2, 7)), &st),
            ReportType::OnTime,
            "no start known: nothing to be late against"
        );
    }

    #[test]
    fn report_type_labels() {
        assert_eq!(ReportType::OnTime.label(), "按时报到");
        assert_eq!(ReportType::Late(3).label(), "逾期3天");
        assert_eq!(ReportType::NotReported.label(), "未报到");
    }

    #[test]
    fn a_deadline_in_a_holiday_moves_past_it_and_a_worked_saturday_keeps_it() {
        let mut settings = Settings {
            holidays: (1..=7).map(|day| d(2026, 10, day)).collect(),
            workdays: vec![d(2026, 10, 10)],
            ..Settings::default()
        };
        // 2026-09-25 + 10 = 2026-10-05, in the National Day holiday: on to Thursday the 8th.
        assert_eq!(
            report_deadline(Category::Probation, d(2026, 9, 25), &settings),
            Some(d(2026, 10, 8))
        );
        // 2026-09-30 + 10 = Saturday 2026-10-10, worked instead of a holiday: it stays.
        assert_eq!(
            report_deadline(Category::Probation, d(2026, 9, 30), &settings),
            Some(d(2026, 10, 10))
        );
        // Without the moving rule the holiday counts like any day.
        settings.weekend_moves = false;
        assert_eq!(
            report_deadline(Category::Probation, d(2026, 9, 25), &settings),
            Some(d(2026, 10, 5))
        );
    }
}

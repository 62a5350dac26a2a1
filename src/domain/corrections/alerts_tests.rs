//! Tests of the alerts: each kind, its window's edges, their order, an ended correction.

use chrono::NaiveDate;

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const TODAY: (i32, u32, u32) = (2026, 6, 15);

fn today() -> NaiveDate {
    d(TODAY.0, TODAY.1, TODAY.2)
}

/// A month that meets every level's duties.
fn full_month() -> ValidCheckin {
    ValidCheckin {
        phone: 5,
        in_person: 5,
        written: 5,
        talks: 5,
        visits: 1,
        education: 120,
        service: 120,
        ..Default::default()
    }
}

/// A 缓刑 subject in the middle of a year's term, reported, last month done: no alerts.
fn quiet() -> SubjectFacts {
    SubjectFacts {
        category: Category::Probation,
        level: Level::Strict,
        last_month_level: None,
        status: Status::Active,
        term_start: d(2026, 1, 5),
        term_end: d(2027, 1, 4),
        runs_from: Some(d(2026, 1, 5)),
        reported_on: Some(d(2026, 1, 6)),
        unable_to_work: false,
        medical: false,
        last_month: Some(full_month()),
        tag_ends: None,
        last_medical_report: None,
        last_recheck: None,
        end_papers_done: false,
    }
}

/// A 保外就医 subject, with this month's report in and a recent re-check.
fn medical() -> SubjectFacts {
    SubjectFacts {
        category: Category::Outside,
        medical: true,
        runs_from: None,
        reported_on: None,
        last_medical_report: Some(d(2026, 6, 3)),
        last_recheck: Some(d(2026, 5, 1)),
        ..quiet()
    }
}

fn kinds_on(facts: &SubjectFacts, today: NaiveDate) -> Vec<AlertKind> {
    alerts(facts, today, &Settings::default())
        .into_iter()
        .map(|a| a.kind)
        .collect()
}

fn kinds(facts: &SubjectFacts) -> Vec<AlertKind> {
    kinds_on(facts, today())
}

#[test]
fn a_quiet_subject_has_no_alerts() {
    assert_eq!(kinds(&quiet()), vec![]);
    assert_eq!(kinds(&medical()), vec![]);
}

#[test]
fn an_ended_correction_has_no_alerts() {
    let mut f = quiet();
    f.reported_on = None;
    f.term_end = d(2026, 6, 1);
    f.last_month = None;
    f.tag_ends = Some(today());
    assert!(!kinds(&f).is_empty());
    for status in [Status::Released, Status::Terminated] {
        f.status = status;
        assert_eq!(kinds(&f), vec![], "{status:?}");
    }
}

#[test]
fn report_overdue_counts_from_the_day_after_the_deadline() {
    let mut f = quiet();
    // Monday 2026-06-01 + 10 = Thursday 2026-06-11.
    f.runs_from = Some(d(2026, 6, 1));
    f.term_start = d(2026, 6, 1);
    f.reported_on = None;
    assert_eq!(kinds_on(&f, d(2026, 6, 11)), vec![]);
    assert_eq!(
        kinds_on(&f, d(2026, 6, 12)),
        vec![AlertKind::ReportOverdue(1)]
    );
    assert_eq!(
        kinds_on(&f, d(2026, 6, 15)),
        vec![AlertKind::ReportOverdue(4)]
    );
    f.reported_on = Some(d(2026, 6, 14));
    assert_eq!(kinds_on(&f, d(2026, 6, 15)), vec![], "reported, if late");
}

#[test]
fn report_overdue_waits_for_a_weekend_deadline_moved_to_monday() {
    let mut f = quiet();
    // Wednesday 2026-06-03 + 10 = Saturday 13th → Monday 15th.
    f.runs_from = Some(d(2026, 6, 3));
    f.term_start = d(2026, 6, 3);
    f.reported_on = None;
    assert_eq!(kinds_on(&f, d(2026, 6, 15)), vec![]);
    assert_eq!(
        kinds_on(&f, d(2026, 6, 16)),
        vec![AlertKind::ReportOverdue(1)]
    );
}

#[test]
fn no_report_alert_without_a_deadline() {
    let mut f = quiet();
    f.reported_on = None;
    f.runs_from = None;
    assert_eq!(kinds(&f), vec![], "no start known");
    f.runs_from = Some(d(2026, 1, 5));
    f.category = Category::Outside;
    assert_eq!(kinds(&f), vec![], "暂予监外执行 are brought in");
}

#[test]
fn the_release_and_end_papers_windows() {
    let mut f = quiet();
    let at = |n: u64| today().checked_add_days(chrono::Days::new(n)).unwrap();
    f.term_end = at(31);
    assert_eq!(kinds(&f), vec![]);
    f.term_end = at(30);
    assert_eq!(kinds(&f), vec![AlertKind::EndPapers(30)]);
    f.term_end = at(8);
    assert_eq!(kinds(&f), vec![AlertKind::EndPapers(8)]);
    f.term_end = at(7);
    assert_eq!(
        kinds(&f),
        vec![AlertKind::Release(7), AlertKind::EndPapers(7)]
    );
    f.term_end = today();
    assert_eq!(
        kinds(&f),
        vec![AlertKind::Release(0), AlertKind::EndPapers(0)]
    );
    f.end_papers_done = true;
    assert_eq!(kinds(&f), vec![AlertKind::Release(0)]);
}

#[test]
fn a_term_passed_while_still_in_correction_keeps_alerting() {
    let mut f = quiet();
    f.term_end = d(2026, 6, 12);
    assert_eq!(kinds(&f), vec![AlertKind::Release(-3)]);
    assert_eq!(AlertKind::Release(-3).label(), "已过期满日3天仍在矫");
}

#[test]
fn the_tag_window() {
    let mut f = quiet();
    f.tag_ends = Some(d(2026, 6, 23));
    assert_eq!(kinds(&f), vec![]);
    f.tag_ends = Some(d(2026, 6, 22));
    assert_eq!(kinds(&f), vec![AlertKind::TagEnding(7)]);
    f.tag_ends = Some(today());
    assert_eq!(kinds(&f), vec![AlertKind::TagEnding(0)]);
    f.tag_ends = Some(d(2026, 6, 14));
    assert_eq!(
        kinds(&f),
        vec![],
        "an ended approval is no longer warned of"
    );
}

#[test]
fn no_checkin_when_in_correction_during_last_month() {
    let mut f = quiet();
    f.last_month = None;
    assert_eq!(kinds(&f), vec![AlertKind::NoCheckin]);
    // Entered on the last day of May: still owes May's check-in.
    f.term_start = d(2026, 5, 31);
    assert_eq!(kinds(&f), vec![AlertKind::NoCheckin]);
    // Entered this month: nothing owed for last month.
    f.term_start = d(2026, 6, 1);
    assert_eq!(kinds(&f), vec![]);
}

#[test]
fn no_checkin_edges_at_the_terms_end() {
    let mut f = quiet();
    f.last_month = None;
    f.term_start = d(2025, 6, 1);
    f.term_end = d(2026, 5, 1);
    assert_eq!(
        kinds(&f),
        vec![AlertKind::Release(-45), AlertKind::NoCheckin]
    );
    f.term_end = d(2026, 4, 30);
    assert_eq!(kinds(&f), vec![AlertKind::Release(-46)]);
}

#[test]
fn last_month_crosses_the_year() {
    let mut f = quiet();
    f.term_start = d(2025, 12, 31);
    f.last_month = None;
    assert_eq!(kinds_on(&f, d(2026, 1, 10)), vec![AlertKind::NoCheckin]);
    f.term_start = d(2026, 1, 1);
    assert_eq!(kinds_on(&f, d(2026, 1, 10)), vec![]);
}

#[test]
fn duty_short_when_last_month_falls_below_the_level() {
    let mut f = quiet();
    f.last_month = Some(ValidCheckin {
        education: 115,
        ..full_month()
    });
    assert_eq!(kinds(&f), vec![AlertKind::DutyShort]);
    // May has 31 days: four weeks of in-person reports.
    f.last_month = Some(ValidCheckin {
        in_person: 3,
        ..full_month()
    });
    assert_eq!(kinds(&f), vec![AlertKind::DutyShort]);
    f.last_month = Some(ValidCheckin {
        in_person: 4,
        ..full_month()
    });
    assert_eq!(kinds(&f), vec![]);
}

#[test]
fn duty_short_reads_the_subjects_level() {
    let mut f = quiet();
    let lenient_month = ValidCheckin {
        phone: 2,
        in_person: 1,
        written: 1,
        education: 40,
        service: 40,
        ..Default::default()
    };
    f.last_month = Some(lenient_month);
    assert_eq!(kinds(&f), vec![AlertKind::DutyShort]);
    f.level = Level::Lenient;
    assert_eq!(kinds(&f), vec![]);
    // Raised to 严管 this month: last month is still measured against 宽管.
    f.level = Level::Strict;
    f.last_month_level = Some(Level::Lenient);
    assert_eq!(kinds(&f), vec![]);
}

#[test]
fn duty_short_counts_only_the_days_in_correction() {
    let mut f = quiet();
    // 20–31 May: one week; 120 × 12 / 31 = 46 tenths of each kind of hours.
    f.term_start = d(2026, 5, 20);
    f.last_month = Some(ValidCheckin {
        in_person: 1,
        written: 1,
        talks: 1,
        education: 46,
        service: 46,
        ..Default::default()
    });
    assert_eq!(kinds(&f), vec![]);
    f.term_start = d(2026, 5, 1);
    assert_eq!(kinds(&f), vec![AlertKind::DutyShort]);
}

#[test]
fn those_unable_to_work_are_not_short_of_service() {
    let mut f = quiet();
    f.last_month = Some(ValidCheckin {
        service: 0,
        ..full_month()
    });
    assert_eq!(kinds(&f), vec![AlertKind::DutyShort]);
    f.unable_to_work = true;
    assert_eq!(kinds(&f), vec![]);
}

#[test]
fn the_monthly_medical_report() {
    let mut f = medical();
    f.last_medical_report = Some(d(2026, 6, 1));
    assert_eq!(kinds(&f), vec![]);
    f.last_medical_report = Some(d(2026, 5, 31));
    assert_eq!(kinds(&f), vec![AlertKind::MedicalReport]);
    f.last_medical_report = None;
    assert_eq!(kinds(&f), vec![AlertKind::MedicalReport]);
    // Not yet in the month the subject entered.
    f.term_start = d(2026, 6, 1);
    f.last_recheck = None;
    assert_eq!(kinds(&f), vec![]);
    f.term_start = d(2026, 5, 31);
    assert_eq!(kinds(&f), vec![AlertKind::MedicalReport]);
    // Only 保外就医.
    f.medical = false;
    assert_eq!(kinds(&f), vec![]);
}

#[test]
fn the_recheck_every_three_months() {
    let mut f = medical();
    f.last_recheck = Some(d(2026, 3, 16));
    assert_eq!(kinds(&f), vec![]);
    f.last_recheck = Some(d(2026, 3, 15));
    assert_eq!(kinds(&f), vec![AlertKind::Recheck]);
    // Counted from the start when there was none yet.
    f.last_recheck = None;
    f.term_start = d(2026, 3, 16);
    assert_eq!(kinds(&f), vec![]);
    f.term_start = d(2026, 3, 15);
    assert_eq!(kinds(&f), vec![AlertKind::Recheck]);
    // A month end: 30 November + 3 months is 28 February.
    f.last_recheck = Some(d(2025, 11, 30));
    assert_eq!(kinds_on(&f, d(2026, 2, 27)), vec![]);
    assert_eq!(kinds_on(&f, d(2026, 2, 28)), vec![AlertKind::Recheck]);
    // Only 保外就医.
    f.medical = false;
    assert_eq!(kinds_on(&f, d(2026, 2, 28)), vec![]);
}

#[test]
fn the_recheck_interval_is_a_setting() {
    let mut f = medical();
    f.last_recheck = Some(d(2026, 4, 15));
    let st = Settings {
        recheck_months: 2,
        ..Settings::default()
    };
    assert_eq!(
        alerts(&f, today(), &st),
        vec![Alert::new(AlertKind::Recheck)]
    );
    f.last_recheck = Some(d(2026, 4, 16));
    assert_eq!(alerts(&f, today(), &st), vec![]);
}

#[test]
fn alerts_come_most_urgent_first() {
    let mut f = medical();
    f.category = Category::Parole;
    f.runs_from = Some(d(2026, 1, 5));
    f.term_end = d(2026, 6, 20);
    f.tag_ends = Some(d(2026, 6, 18));
    f.last_month = None;
    f.last_medical_report = None;
    f.last_recheck = Some(d(2026, 1, 5));
    let got = alerts(&f, today(), &Settings::default());
    assert_eq!(
        got.iter().map(|a| a.kind).collect::<Vec<_>>(),
        vec![
            AlertKind::ReportOverdue(151),
            AlertKind::Release(5),
            AlertKind::EndPapers(5),
            AlertKind::TagEnding(3),
            AlertKind::NoCheckin,
            AlertKind::MedicalReport,
            AlertKind::Recheck,
        ]
    );
    assert_eq!(
        alert_summary(&got),
        "未报到·解矫·将期满·定位·缺报·病报·复查"
    );
    assert_eq!(alert_summary(&[]), "");
}

#[test]
fn labels_and_short_marks() {
    let all = [
        (AlertKind::ReportOverdue(3), "逾期未报到3天", "未报到"),
        (AlertKind::NoCheckin, "上月未报到", "缺报"),
        (AlertKind::DutyShort, "上月未达到管理等级要求", "未达标"),
        (
            AlertKind::EndPapers(30),
            "还有30天期满：须做矫正小结、鉴定和安置帮教建议",
            "将期满",
        ),
        (AlertKind::Release(7), "还有7天期满：准备解矫宣告", "解矫"),
        (AlertKind::Release(0), "今天期满：准备解矫宣告", "解矫"),
        (AlertKind::TagEnding(5), "电子定位5天后到期", "定位"),
        (AlertKind::TagEnding(0), "电子定位今天到期", "定位"),
        (AlertKind::MedicalReport, "本月病情报告未交", "病报"),
        (AlertKind::Recheck, "病情复查已到期", "复查"),
    ];
    for (kind, label, short) in all {
        assert_eq!(kind.label(), label);
        assert_eq!(kind.short(), short);
        let n = short.chars().count();
        assert!((2..=4).contains(&n), "{short}");
    }
}

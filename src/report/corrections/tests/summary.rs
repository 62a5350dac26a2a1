//! The monthly summary: adults named with their rules applied, totals, minors only counted.

use super::*;
use crate::domain::corrections::{Alert, AlertKind, DutyKind, Measure, Shortfall};
use crate::report::corrections::monthly::as_of;
use crate::report::corrections::{Summary, SummaryLine, monthly, summary_document};

fn line(name: &str, checkin: Option<ValidCheckin>) -> SummaryLine {
    SummaryLine {
        name: name.into(),
        category: Category::Probation,
        level: Level::Strict,
        checkin,
        shortfalls: Vec::new(),
        alerts: Vec::new(),
    }
}

#[test]
fn the_summary_prints_each_adult_its_shortfalls_alerts_and_totals() {
    let mut short = line("张三", Some(checkin(85)));
    short.shortfalls = vec![
        Shortfall {
            kind: DutyKind::Education,
            required: 120,
            done: 85,
        },
        Shortfall {
            kind: DutyKind::Talk,
            required: 4,
            done: 1,
        },
    ];
    short.alerts = vec![
        Alert {
            kind: AlertKind::EndPapers(21),
        },
        Alert {
            kind: AlertKind::TagEnding(-2),
        },
    ];
    let mut scored = line("李秀英", Some(checkin(120)));
    if let Some(c) = scored.checkin.as_mut() {
        c.score = Some(92);
    }
    let mut missing = line("刘芳", None);
    missing.alerts = vec![Alert {
        kind: AlertKind::NoCheckin,
    }];
    let doc = summary_document(&Summary {
        office: "版石镇司法所".into(),
        month: d("2026-11-01"),
        as_of: d("2026-12-01"),
        lines: vec![short, scored, missing],
        minors: 2,
        pass_score: 60,
        proposals: vec![
            Some(Measure::Warning),
            Some(Measure::Reprimand),
            Some(Measure::Warning),
        ],
    });
    assert_eq!(doc.title, "社区矫正月度汇总");
    assert_eq!(doc.period, "2026年11月");
    assert!(doc.landscape);
    let rows = table_rows(&doc);
    assert_eq!(
        rows[0],
        [
            "1",
            "张三",
            "缓刑",
            "严管",
            "4",
            "2",
            "1",
            "1",
            "0",
            "8.5",
            "8.5",
            "合格",
            "集中教育 应12.0 实8.5；个别谈话 应4 实1",
            "21天后期满，须写总结、鉴定和帮教建议；电子定位审批已到期",
        ]
    );
    assert_eq!(rows[1][11], "92分");
    assert_eq!(rows[1][12], "");
    assert_eq!(
        rows[2][4..],
        ["", "", "", "", "", "", "", "—", "本月未报到", "上月未报到"]
    );
    assert_eq!(
        pairs(&doc, "合计（不含未成年人）"),
        [
            ("在矫人数".into(), "3".into()),
            ("已报到".into(), "2".into()),
            ("未报到".into(), "1".into()),
            ("未达等级要求".into(), "1".into()),
            ("本月提请".into(), "3".into()),
        ]
    );
    assert_eq!(
        pairs(&doc, "本月提请（按措施）"),
        [("警告".into(), "2".into()), ("训诫".into(), "1".into())]
    );
    let text = csv(&doc);
    assert!(
        text.contains("未成年人 2 名（另行管理，不在本表列名）"),
        "{text}"
    );
    assert!(text.contains("预警截至 2026-12-01"), "{text}");
}

#[test]
fn a_summary_without_minors_or_proposals_prints_no_line_for_them() {
    let doc = summary_document(&Summary {
        office: "版石镇司法所".into(),
        month: d("2026-11-01"),
        as_of: d("2026-11-20"),
        lines: Vec::new(),
        minors: 0,
        proposals: Vec::new(),
        pass_score: 60,
    });
    let text = csv(&doc);
    assert!(!text.contains("另行管理"), "{text}");
    assert!(!text.contains("按措施"), "{text}");
    assert!(text.contains("本月无成年在矫对象"), "{text}");
}

#[test]
fn the_summary_reads_alerts_after_the_month_or_today() {
    assert_eq!(as_of(d("2026-11-01"), d("2026-12-03")), d("2026-12-01"));
    assert_eq!(as_of(d("2026-11-01"), d("2026-11-20")), d("2026-11-20"));
    assert_eq!(as_of(d("2026-12-15"), d("2027-02-01")), d("2027-01-01"));
}

#[test]
fn minors_are_counted_in_the_summary_never_named() {
    // Only minors in correction: no rule is applied to anybody (the rules are not read for
    // lines that are never printed).
    let mut store = store();
    let minor = subject(
        &mut store,
        Subject {
            name: "王建国",
            id17: "36072620090505321",
            minor: true,
            ..Default::default()
        },
    );
    corrections::save_month(
        &mut store,
        d("2026-11-01"),
        &[(minor, checkin(20), String::new())],
    )
    .unwrap();
    let doc = monthly(&store, OFFICE, d("2026-11-01"), d("2026-12-02")).unwrap();
    assert!(table_rows(&doc).is_empty());
    let text = csv(&doc);
    assert!(!text.contains("王建国"), "{text}");
    assert!(
        text.contains("未成年人 1 名（另行管理，不在本表列名）"),
        "{text}"
    );
    assert_eq!(pairs(&doc, "合计（不含未成年人）")[0].1, "0");
}

#[test]
fn the_summary_from_the_store_lists_the_adults_of_the_month() {
    let (store, _) = filled();
    let doc = monthly(&store, OFFICE, d("2026-11-01"), d("2026-12-02")).unwrap();
    let rows = table_rows(&doc);
    let names: Vec<&str> = rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(names, ["李秀英", "张三"]);
    assert_eq!(rows[1][9], "2.5");
    assert_eq!(rows[0][12], "本月未报到");
    let totals = pairs(&doc, "合计（不含未成年人）");
    assert_eq!(totals[0].1, "2");
    assert_eq!(totals[1].1, "1");
    assert_eq!(totals[2].1, "1");
    assert!(csv(&doc).contains("未成年人 1 名"));
    assert!(!csv(&doc).contains("王建国"));
}

//! The 社区矫正 printouts: the sign-in sheets keep minors apart, the summary names adults only
//! and counts the rest, the record prints a subject's whole file.
//!
//! The duty and alert rules are being written elsewhere (`todo!()` here): tests that need them
//! are ignored with "needs the rules branch"; the summary's layout is tested on lines whose
//! rules are already applied.

use chrono::NaiveDate;

use super::monthly::as_of;
use super::{Summary, SummaryLine, monthly, record, sign_in, summary_document};
use crate::domain::corrections::{
    Alert, AlertKind, Category, DutyKind, Grade, Level, Measure, Shortfall, SubjectInput,
    ValidCheckin, validate_subject,
};
use crate::domain::office::{OfficeInput, validate_office};
use crate::domain::{PersonInput, check_char, validate_person};
use crate::report::test_docs::fixture_font;
use crate::report::{Document, Format, Section, render};
use crate::store::persons::{self, Saved};
use crate::store::{Store, StoreError, corrections, offices};

const OFFICE: &str = "360726101";

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn today() -> NaiveDate {
    d("2026-11-29")
}

fn store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let office = validate_office(&OfficeInput {
        name: "版石镇司法所".into(),
        code: OFFICE.into(),
        county: "安远县".into(),
        population: "52000".into(),
    })
    .unwrap();
    offices::setup(&mut store, &office, "张敏").unwrap();
    store
}

/// An 18-digit ID number from its first 17 digits.
pub(super) fn id_number(first17: &str) -> String {
    format!("{first17}{}", check_char(first17).unwrap())
}

struct Subject<'a> {
    name: &'a str,
    id17: &'a str,
    category: Category,
    level: Level,
    minor: bool,
    start: &'a str,
    end: &'a str,
}

impl Default for Subject<'_> {
    fn default() -> Self {
        Subject {
            name: "张三",
            id17: "36072619800101123",
            category: Category::Probation,
            level: Level::Normal,
            minor: false,
            start: "2026-03-02",
            end: "2027-03-01",
        }
    }
}

/// A person and their correction; the correction's id.
fn subject(store: &mut Store, s: Subject<'_>) -> i64 {
    let person = validate_person(
        &PersonInput {
            name: s.name.into(),
            id_number: id_number(s.id17),
            phone: "13812345678".into(),
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    let person_id = match persons::create(store, &person, None).unwrap() {
        Saved::Created(id) | Saved::Existing(id) => id,
    };
    let valid = validate_subject(
        &SubjectInput {
            person_id: Some(person_id),
            category: Some(s.category),
            crime: "危险驾驶罪".into(),
            sentence: "拘役四个月，缓刑六个月".into(),
            runs_from: s.start.into(),
            reported_on: s.start.into(),
            term_start: s.start.into(),
            term_end: s.end.into(),
            minor: s.minor,
            level: Some(s.level),
            ..Default::default()
        },
        d("2030-01-01"),
    )
    .unwrap();
    corrections::register(store, &valid).unwrap()
}

fn checkin(education: u32) -> ValidCheckin {
    ValidCheckin {
        phone: 4,
        in_person: 2,
        written: 1,
        talks: 1,
        education,
        service: 85,
        session: true,
        grade: Some(Grade::Pass),
        ..Default::default()
    }
}

/// Two adults (张三 checked in with 2.5 h of education, 李秀英 not), one minor (王建国), and
/// one adult whose term starts next month (刘芳).
fn filled() -> (Store, [i64; 4]) {
    let mut store = store();
    let a = subject(&mut store, Subject::default());
    let b = subject(
        &mut store,
        Subject {
            name: "李秀英",
            id17: "36072619851231456",
            category: Category::Parole,
            level: Level::Strict,
            ..Default::default()
        },
    );
    let minor = subject(
        &mut store,
        Subject {
            name: "王建国",
            id17: "36072620090505321",
            minor: true,
            ..Default::default()
        },
    );
    let later = subject(
        &mut store,
        Subject {
            name: "刘芳",
            id17: "36072619900303222",
            start: "2026-12-01",
            end: "2027-06-01",
            ..Default::default()
        },
    );
    corrections::save_month(
        &mut store,
        d("2026-11-01"),
        &[
            (a, checkin(25), String::new()),
            (minor, checkin(20), String::new()),
        ],
    )
    .unwrap();
    (store, [a, b, minor, later])
}

fn csv(doc: &Document) -> String {
    String::from_utf8(render(doc, Format::Csv, None).unwrap()).unwrap()
}

fn table_rows(doc: &Document) -> Vec<Vec<String>> {
    doc.sections
        .iter()
        .find_map(|s| match s {
            Section::Table { rows, .. } => Some(rows.clone()),
            _ => None,
        })
        .unwrap()
}

fn pairs(doc: &Document, caption: &str) -> Vec<(String, String)> {
    doc.sections
        .iter()
        .find_map(|s| match s {
            Section::Pairs { caption: c, items } if c == caption => Some(items.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no {caption} in {doc:?}"))
}

#[test]
fn the_adults_sign_in_sheet_never_lists_a_minor() {
    let (store, _) = filled();
    let doc = sign_in(&store, OFFICE, d("2026-11-15"), false).unwrap();
    assert_eq!(doc.title, "社区矫正集中教育签到表");
    assert_eq!(doc.office, "版石镇司法所");
    assert_eq!(doc.period, "2026年11月集中教育");
    assert_eq!(doc.signatures, ["经办人", "审核人", "日期"]);
    assert!(!doc.landscape);
    assert_eq!(
        table_rows(&doc),
        vec![
            vec!["1", "李秀英", "假释", "严管", "", ""],
            vec!["2", "张三", "缓刑", "普管", "2.5", ""],
        ],
        "adults by pinyin; recorded hours printed, else a blank; the signature blank"
    );
    assert_eq!(pairs(&doc, "合计"), [("人数".into(), "2".into())]);
    let text = csv(&doc);
    assert!(!text.contains("王建国"), "{text}");
    assert!(!text.contains("刘芳"), "not in correction in November");
    assert!(text.contains("姓名,类别,等级,学时,签名"), "{text}");
}

#[test]
fn minors_sign_a_sheet_of_their_own() {
    let (store, _) = filled();
    let doc = sign_in(&store, OFFICE, d("2026-11-01"), true).unwrap();
    assert_eq!(doc.title, "社区矫正未成年人签到表");
    assert_eq!(
        table_rows(&doc),
        vec![vec!["1", "王建国", "缓刑", "普管", "2.0", ""]]
    );
    assert!(matches!(&doc.sections[0], Section::Text(t) if t.contains("第五十四条")));
    let pdf = render(&doc, Format::Pdf, Some(&fixture_font())).unwrap();
    let text: String = pdf_extract::extract_text_from_mem(&pdf)
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    for wanted in ["未成年人签到表", "版石镇司法所", "王建国", "第1页共1页"] {
        assert!(text.contains(wanted), "{wanted} missing from {text}");
    }
    for adult in ["张三", "李秀英"] {
        assert!(!text.contains(adult), "{adult} on the minors' sheet");
    }
    // A month without minors says so.
    let none = sign_in(&store, OFFICE, d("2026-01-01"), true).unwrap();
    assert!(table_rows(&none).is_empty());
    assert!(csv(&none).contains("本月无未成年矫正对象"));
}

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
#[ignore = "needs the rules branch (duties::monthly_minimum, shortfalls, alerts)"]
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

#[test]
fn the_record_prints_the_whole_file_with_the_full_id() {
    let (store, [a, _, minor, _]) = filled();
    let doc = record(&store, a, today()).unwrap();
    assert_eq!(doc.title, "社区矫正对象档案");
    assert_eq!(doc.office, "版石镇司法所");
    assert_eq!(doc.period, "2026-03-02至2027-03-01");
    let text = csv(&doc);
    for wanted in [
        "张三",
        &id_number("36072619800101123"),
        "13812345678",
        "危险驾驶罪",
        "拘役四个月，缓刑六个月",
        "矫正期限,2026-03-02至2027-03-01",
        "管理等级,普管",
        "入矫初定",
        "2026-11,4,2,1,1,0,2.5,8.5,是,合格",
        "无奖惩记录",
        "无请假审批",
        "未使用电子定位",
        "无病情报告",
    ] {
        assert!(text.contains(wanted), "{wanted} missing:\n{text}");
    }
    assert!(
        !text.contains("**********"),
        "the subject's own file is not masked"
    );
    assert!(!text.contains("第五十四条"), "an adult's file");
    // A minor's file, asked for by id, is printed and marked confidential.
    let doc = record(&store, minor, today()).unwrap();
    assert!(matches!(&doc.sections[0], Section::Text(t) if t.contains("第五十四条")));
    assert!(csv(&doc).contains("王建国"));
}

#[test]
fn the_record_of_an_unknown_or_voided_subject_is_not_found() {
    let (mut store, [a, ..]) = filled();
    assert!(matches!(
        record(&store, 9999, today()),
        Err(StoreError::NotFound)
    ));
    corrections::void(&mut store, a, "登记错误").unwrap();
    assert!(matches!(
        record(&store, a, today()),
        Err(StoreError::NotFound)
    ));
}

//! The 社区矫正 printouts: the sign-in sheets keep minors apart, the summary names adults only
//! and counts the rest, the record prints a subject's whole file.
//!
//! The summary's layout is tested on lines whose rules are already applied; the rules
//! themselves are tested in `domain::corrections`.

mod summary;

use chrono::NaiveDate;

use super::{record, sign_in};
use crate::domain::corrections::{
    Category, Grade, Level, SubjectInput, ValidCheckin, validate_subject,
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
fn id_number(first17: &str) -> String {
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

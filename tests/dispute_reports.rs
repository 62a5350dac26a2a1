//! The printouts of 纠纷受理: the month's statistics equal SQL truth, the register masks IDs,
//! the 受理登记表 prints the case number and both parties, F9 saves them, and the
//! `report disputes …` commands.

mod common;

use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;
use chrono::NaiveDate;
use common::*;
use crossterm::event::KeyCode;
use predicates::prelude::*;
use sifa_desk::domain::dispute::{
    Action, AgreementForm, IntakeInput, PartyInput, Performance, credit_check_char, validate_intake,
};
use sifa_desk::domain::{PersonInput, check_char, validate_person};
use sifa_desk::report::{self, Format, Section};
use sifa_desk::store::dispute_stats::{self, Outcome};
use sifa_desk::store::persons::{self, Saved};
use sifa_desk::store::{OpenOptions, Store, disputes, inspect, settings};
use sifa_desk::ui::App;

const ID_A: &str = "36072619800101123";
const ID_B: &str = "36072619851231456";

fn id_number(first17: &str) -> String {
    format!("{first17}{}", check_char(first17).unwrap())
}

fn credit_code() -> String {
    let first = "91360726MA35ABCD1";
    format!("{first}{}", credit_check_char(first).unwrap())
}

fn person(store: &mut Store, name: &str, id: &str) -> i64 {
    let p = validate_person(
        &PersonInput {
            name: name.into(),
            id_number: id.into(),
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    match persons::create(store, &p, None).unwrap() {
        Saved::Created(id) | Saved::Existing(id) => id,
    }
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

struct Case<'a> {
    on: &'a str,
    kind: &'a str,
    source: &'a str,
    referrer: &'a str,
    risk: bool,
    police: bool,
    difficult: bool,
    org: bool,
}

impl Default for Case<'_> {
    fn default() -> Self {
        Case {
            on: "2026-11-02",
            kind: "neighbour",
            source: "apply",
            referrer: "",
            risk: false,
            police: false,
            difficult: false,
            org: false,
        }
    }
}

/// Registers a dispute of 张三 against 李四 (or an organisation) and applies `steps`.
fn case(store: &mut Store, c: Case<'_>, steps: &[Action]) -> i64 {
    let a = person(store, "张三", &id_number(ID_A));
    let b = person(store, "李四", &id_number(ID_B));
    let respondent = if c.org {
        PartyInput::Organisation {
            name: "安远县某建材有限公司".into(),
            credit_code: credit_code(),
        }
    } else {
        PartyInput::Person {
            person_id: b,
            name: "李四".into(),
        }
    };
    let valid = validate_intake(
        &IntakeInput {
            registered_on: c.on.into(),
            source: c.source.into(),
            referrer: c.referrer.into(),
            kind: c.kind.into(),
            applicants: vec![PartyInput::Person {
                person_id: a,
                name: "张三".into(),
            }],
            respondents: vec![respondent],
            facts: "两家因宅基地边界砌墙发生争执".into(),
            people_involved: "4".into(),
            amount: "3000".into(),
            mediators: vec!["张敏".into()],
            difficult: c.difficult,
            escalation_risk: c.risk,
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    let police = c.police.then_some("2026-11-02T10:00:00+08:00");
    let id = disputes::register(store, &valid, police).unwrap();
    for step in steps {
        disputes::step(store, id, step, &serde_json::json!({"place": "村委会"})).unwrap();
    }
    id
}

/// Eight cases: six in November 2026 spanning every outcome, one in October, one voided.
/// Returns the id of the first (accepted: 〔2026〕版石人调字第001号).
fn fill(store: &mut Store) -> i64 {
    let accept = Action::Accept {
        on: d("2026-11-03"),
    };
    let agree = Action::Agree {
        on: d("2026-11-10"),
        form: AgreementForm::Written,
        perform_by: Some(d("2026-11-15")),
    };
    let first = case(store, Case::default(), &[accept, agree]); // success
    case(
        store,
        Case::default(),
        &[
            accept,
            Action::Terminate {
                on: d("2026-11-12"),
            },
        ],
    ); // unsuccessful
    case(
        store,
        Case {
            kind: "marriage",
            source: "initiative",
            ..Default::default()
        },
        &[Action::Reject {
            on: d("2026-11-03"),
        }],
    ); // rejected
    case(
        store,
        Case {
            kind: "marriage",
            source: "referral",
            referrer: "安远县人民法院",
            risk: true,
            police: true,
            on: "2026-11-20",
            ..Default::default()
        },
        &[],
    ); // ongoing, 易激化 told
    case(
        store,
        Case {
            kind: "contract",
            org: true,
            risk: true,
            difficult: true,
            on: "2026-11-28",
            ..Default::default()
        },
        &[Action::Accept {
            on: d("2026-11-30"),
        }],
    ); // ongoing (mediating), 疑难, 易激化 not told
    case(
        store,
        Case::default(),
        &[
            accept,
            agree,
            Action::RecordPerformance {
                on: d("2026-11-16"),
                result: Performance::Full,
            },
            Action::FollowUp {
                on: d("2026-11-20"),
            },
            Action::Archive {
                on: d("2026-11-21"),
            },
        ],
    ); // archived with an agreement: success
    case(
        store,
        Case {
            on: "2026-10-31",
            ..Default::default()
        },
        &[],
    ); // another month
    let voided = case(
        store,
        Case {
            on: "2026-11-05",
            ..Default::default()
        },
        &[],
    );
    disputes::void(store, voided, "重复登记").unwrap();
    first
}

fn count(store: &Store, sql: &str) -> i64 {
    inspect::count(store, sql, []).unwrap()
}

const NOVEMBER: &str = "office_code = '360726101' AND voided_at IS NULL
    AND registered_on BETWEEN '2026-11-01' AND '2026-11-30'";

#[test]
fn monthly_statistics_equal_sql_truth() {
    let mut store = office_store();
    fill(&mut store);
    let stats = dispute_stats::monthly(&store, "360726101", d("2026-11-01")).unwrap();
    assert_eq!(
        stats.total,
        count(
            &store,
            &format!("SELECT count(*) FROM disputes WHERE {NOVEMBER}")
        )
    );
    assert_eq!(stats.total, 6);
    let truth = |outcome: &str| {
        count(
            &store,
            &format!("SELECT count(*) FROM disputes WHERE {NOVEMBER} AND {outcome}"),
        )
    };
    assert_eq!(
        stats.outcome_total(Outcome::Success),
        truth("agreed_on IS NOT NULL")
    );
    assert_eq!(stats.outcome_total(Outcome::Success), 2);
    assert_eq!(
        stats.outcome_total(Outcome::Unsuccessful),
        truth("status = 'terminated'")
    );
    assert_eq!(
        stats.outcome_total(Outcome::Rejected),
        truth("status = 'rejected'")
    );
    assert_eq!(
        stats.outcome_total(Outcome::Ongoing),
        truth("status = 'mediating'")
    );
    assert_eq!(stats.outcome_total(Outcome::Ongoing), 1);
    // A case not yet accepted is 待受理, never 调解中.
    assert_eq!(
        stats.outcome_total(Outcome::Pending),
        truth("status = 'registered'")
    );
    assert_eq!(stats.outcome_total(Outcome::Pending), 1);
    assert_eq!(stats.count("neighbour", Outcome::Success), 2);
    assert_eq!(stats.count("neighbour", Outcome::Unsuccessful), 1);
    assert_eq!(stats.count("marriage", Outcome::Rejected), 1);
    assert_eq!(stats.count("marriage", Outcome::Pending), 1);
    assert_eq!(stats.count("marriage", Outcome::Ongoing), 0);
    assert_eq!(stats.count("contract", Outcome::Ongoing), 1);
    for (source, n) in &stats.by_source {
        assert_eq!(
            *n,
            count(
                &store,
                &format!("SELECT count(*) FROM disputes WHERE {NOVEMBER} AND source = '{source}'")
            )
        );
    }
    assert_eq!(stats.by_source.first(), Some(&("apply".to_string(), 4)));
    assert_eq!(stats.escalation_risk, 2);
    assert_eq!(stats.police_notified, 1);
    assert_eq!(stats.difficult, 1);
    let rate = stats.success_rate().unwrap();
    assert!((rate - 200.0 / 3.0).abs() < 1e-9, "{rate}");

    // October holds the one case registered on its last day.
    let october = dispute_stats::monthly(&store, "360726101", d("2026-10-01")).unwrap();
    assert_eq!(october.total, 1);
    assert_eq!(october.success_rate(), None);
}

#[test]
fn the_monthly_statistics_read_a_range_of_the_office_index() {
    let store = office_store();
    let plan: Vec<String> = inspect::rows(
        &store,
        "EXPLAIN QUERY PLAN SELECT d.kind, count(*) FROM disputes d
         WHERE d.office_code = ?1 AND d.registered_on >= ?2 AND d.registered_on < ?3
         AND d.voided_at IS NULL GROUP BY d.kind",
        ["360726101", "2026-11-01", "2026-12-01"],
        |r| r.get(3),
    )
    .unwrap();
    assert!(
        plan.iter().any(|p| p.contains("disputes_office")),
        "{plan:?}"
    );
}

#[test]
fn the_monthly_document_has_totals_rate_and_prevention_counts() {
    let mut store = office_store();
    fill(&mut store);
    let doc = report::disputes::monthly(&store, "360726101", d("2026-11-01")).unwrap();
    assert_eq!(doc.title, "人民调解月度统计");
    let Section::Table { columns, rows, .. } = &doc.sections[0] else {
        panic!("a table first");
    };
    let titles: Vec<&str> = columns.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "纠纷类型",
            "调解成功",
            "调解不成功",
            "不予受理",
            "调解中",
            "待受理",
            "合计"
        ]
    );
    assert_eq!(
        rows.last().unwrap(),
        &["合计", "2", "1", "1", "1", "1", "6"]
    );
    let neighbour = rows.iter().find(|r| r[0] == "邻里").unwrap();
    assert_eq!(neighbour, &["邻里", "2", "1", "0", "0", "0", "3"]);
    let marriage = rows.iter().find(|r| r[0] == "婚姻家庭").unwrap();
    assert_eq!(marriage, &["婚姻家庭", "0", "0", "1", "0", "1", "2"]);
    let csv = String::from_utf8(report::render(&doc, Format::Csv, None).unwrap()).unwrap();
    for expected in [
        "当事人申请",
        "66.7%",
        "易激化纠纷",
        "其中已报告公安机关",
        "疑难纠纷",
    ] {
        assert!(csv.contains(expected), "{expected} missing:\n{csv}");
    }
}

#[test]
fn the_register_csv_masks_ids_and_counts_by_status() {
    let mut store = office_store();
    fill(&mut store);
    let doc =
        report::disputes::register(&store, "360726101", d("2026-11-01"), d("2026-11-30"), false)
            .unwrap();
    assert!(doc.landscape);
    let bytes = report::render(&doc, Format::Csv, None).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a BOM for Excel");
    let csv = String::from_utf8(bytes).unwrap();
    let full = id_number(ID_A);
    assert!(!csv.contains(&full), "{csv}");
    assert!(csv.contains("3607**********"), "{csv}");
    assert!(csv.contains("〔2026〕版石人调字第001号"), "{csv}");
    assert!(csv.contains("安远县某建材有限公司"), "{csv}");
    assert!(csv.contains(&credit_code()), "{csv}");
    let numbered = csv
        .lines()
        .filter(|l| {
            l.split(',')
                .next()
                .is_some_and(|c| c.parse::<u32>().is_ok())
        })
        .count();
    assert_eq!(
        numbered, 6,
        "one numbered row per live case of the period:\n{csv}"
    );
    assert!(csv.contains("合计"));
    // The case not yet accepted is 待受理 in its row and in the totals, never 调解中 or 登记.
    let pending = csv.lines().filter(|l| l.contains("待受理")).count();
    assert_eq!(pending, 2, "its row and its total:\n{csv}");
    assert!(csv.lines().any(|l| l.starts_with("待受理,1")), "{csv}");
    assert!(!csv.lines().any(|l| l.starts_with("登记,")), "{csv}");
    // On request, IDs are printed whole.
    let doc =
        report::disputes::register(&store, "360726101", d("2026-11-01"), d("2026-11-30"), true)
            .unwrap();
    let csv = String::from_utf8(report::render(&doc, Format::Csv, None).unwrap()).unwrap();
    assert!(csv.contains(&full));
}

fn fixture_font() -> String {
    concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/font/NotoSansCJKsc-subset.otf"
    )
    .to_string()
}

fn print_to(store: &mut Store, dir: &Path) {
    let mut prefs = settings::preferences(store).unwrap();
    prefs.output_dir = dir.display().to_string();
    prefs.pdf_font = fixture_font();
    settings::save_preferences(store, &prefs).unwrap();
}

#[test]
fn the_case_form_pdf_names_the_case_and_both_parties() {
    let mut store = office_store();
    let id = fill(&mut store);
    let doc = report::disputes::register_form(&store, id).unwrap();
    assert!(!doc.landscape);
    assert_eq!(doc.signatures, ["申请人", "调解员", "日期"]);
    let font = fixture_font();
    let bytes = report::render(&doc, Format::Pdf, Some(Path::new(&font))).unwrap();
    let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
    for expected in ["〔2026〕版石人调字第001号", "张三", "李四", "版石镇司法所"]
    {
        assert!(text.contains(expected), "{expected} missing from {text}");
    }
    assert!(
        text.contains(&id_number(ID_A)),
        "whole on the archive form the applicant signs"
    );
    let csv = String::from_utf8(report::render(&doc, Format::Csv, None).unwrap()).unwrap();
    for expected in ["受理", "达成协议", "村委会", "3000.00"] {
        assert!(csv.contains(expected), "{expected} missing:\n{csv}");
    }
}

#[test]
fn f9_saves_the_selected_case_form_and_the_months_register() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = office_store();
    print_to(&mut store, dir.path());
    fill(&mut store);
    let mut app = App::new(store, clock()).unwrap();
    let results = app.take_job_results().unwrap();
    let choose = |app: &mut App, line: usize| {
        key(app, KeyCode::F(9));
        assert!(screen(app).contains("受理登记表"), "{}", screen(app));
        for _ in 0..line {
            key(app, KeyCode::Down);
        }
        key(app, KeyCode::Enter);
        let done = results.recv_timeout(Duration::from_secs(30)).unwrap();
        app.job_done(done);
        // The result stays on screen (a path is long) until Enter or Esc.
        assert!(screen(app).contains("已生成"), "{}", screen(app));
        key(app, KeyCode::Esc);
    };
    choose(&mut app, 3); // this month's register, CSV
    let csv = dir
        .path()
        .join("人民调解案件登记簿-版石镇司法所-2026-11.csv");
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.contains("〔2026〕版石人调字第001号"));
    choose(&mut app, 0); // the selected (newest) case's form
    let pdfs: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("人民调解受理登记表") && n.ends_with(".pdf"))
        .collect();
    assert_eq!(pdfs.len(), 1, "{pdfs:?} {}", screen(&app));
    choose(&mut app, 6); // this month's statistics, CSV
    assert!(
        dir.path()
            .join("人民调解月度统计-版石镇司法所-2026-11.csv")
            .exists()
    );
}

// ---- the command line ---------------------------------------------------------------------

fn file_with_cases(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("sifa.db");
    let mut store = Store::open(&path, &OpenOptions::default()).unwrap();
    let office =
        sifa_desk::domain::office::validate_office(&sifa_desk::domain::office::OfficeInput {
            name: "版石镇司法所".into(),
            code: "360726101".into(),
            county: "安远县".into(),
            population: "52000".into(),
        })
        .unwrap();
    sifa_desk::store::offices::setup(&mut store, &office, "张敏").unwrap();
    let mut prefs = settings::preferences(&store).unwrap();
    prefs.pdf_font = fixture_font();
    settings::save_preferences(&mut store, &prefs).unwrap();
    fill(&mut store);
    path
}

fn bin(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("sifa-desk").unwrap();
    cmd.env_remove("SIFA_DESK_DB")
        .env_remove("SIFA_DESK_BUSY_MS")
        .timeout(Duration::from_secs(60))
        .arg("--db")
        .arg(db);
    cmd
}

#[test]
fn report_disputes_register_monthly_and_case_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = file_with_cases(dir.path());
    let register = dir.path().join("register.csv");
    bin(&db)
        .args([
            "report",
            "disputes",
            "register",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--format",
            "csv",
            "--out",
        ])
        .arg(&register)
        .assert()
        .success()
        .stdout(predicate::str::contains("已生成"));
    let text = std::fs::read_to_string(&register).unwrap();
    assert!(text.starts_with('\u{feff}'));
    assert!(text.contains("3607**********"));
    assert!(!text.contains(&id_number(ID_A)));

    let monthly = dir.path().join("monthly.xlsx");
    bin(&db)
        .args([
            "report", "disputes", "monthly", "--month", "2026-11", "--format", "xlsx", "--out",
        ])
        .arg(&monthly)
        .assert()
        .success();
    assert!(std::fs::read(&monthly).unwrap().starts_with(b"PK"));

    let form = dir.path().join("case.pdf");
    bin(&db)
        .args([
            "report",
            "disputes",
            "case",
            "--case-no",
            "〔2026〕版石人调字第001号",
            "--out",
        ])
        .arg(&form)
        .assert()
        .success();
    let text = pdf_extract::extract_text_from_mem(&std::fs::read(&form).unwrap()).unwrap();
    assert!(text.contains("张三") && text.contains("李四"), "{text}");

    let by_id = dir.path().join("case-by-id.csv");
    bin(&db)
        .args([
            "report", "disputes", "case", "--id", "1", "--format", "csv", "--out",
        ])
        .arg(&by_id)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&by_id)
            .unwrap()
            .contains("〔2026〕版石人调字第001号")
    );
}

#[test]
fn report_disputes_refuses_an_unknown_case_and_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let db = file_with_cases(dir.path());
    let out = dir.path().join("x.pdf");
    bin(&db)
        .args([
            "report",
            "disputes",
            "case",
            "--case-no",
            "〔2026〕版石人调字第999号",
            "--out",
        ])
        .arg(&out)
        .assert()
        .failure()
        .stderr(predicate::str::contains("没有找到案件"));
    bin(&db)
        .args(["report", "disputes", "case", "--id", "9999", "--out"])
        .arg(&out)
        .assert()
        .failure()
        .stderr(predicate::str::contains("没有找到案件"));
    bin(&db)
        .args(["report", "disputes", "case"])
        .assert()
        .failure();
    bin(&db)
        .args(["report", "disputes", "monthly", "--month", "2026-13"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("月份"));
    assert!(!out.exists(), "nothing written");
}

/// The monthly statistics on a whole township demo equal hand-written SQL, month by month.
#[test]
fn monthly_statistics_equal_sql_truth_on_demo_data() {
    use sifa_desk::store::dispute_stats;
    let mut store = Store::open_in_memory().unwrap();
    let now = clock().now();
    sifa_desk::demo::generate(&mut store, sifa_desk::demo::Scale::Township, 11, now).unwrap();
    let office = store.office_code().to_string();
    for month in ["2025-03", "2026-06", "2026-11"] {
        let first = chrono::NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").unwrap();
        let stats = dispute_stats::monthly(&store, &office, first).unwrap();
        let sql = |extra: &str| -> i64 {
            inspect::value(
                &store,
                &format!(
                    "SELECT count(*) FROM disputes WHERE office_code = ?1
                         AND registered_on LIKE ?2 || '%' AND voided_at IS NULL {extra}"
                ),
                [&office, month],
            )
            .unwrap()
        };
        assert_eq!(stats.total, sql(""), "{month}");
        assert!(stats.total > 0, "{month} has disputes");
        assert_eq!(
            stats.kind_total("neighbour"),
            sql("AND kind = 'neighbour'"),
            "{month}"
        );
        assert_eq!(
            stats.escalation_risk,
            sql("AND escalation_risk = 1"),
            "{month}"
        );
        assert_eq!(stats.difficult, sql("AND difficult = 1"), "{month}");
        let by_source: i64 = stats.by_source.iter().map(|(_, n)| n).sum();
        assert_eq!(by_source, stats.total);
        assert_eq!(
            stats.outcome_total(dispute_stats::Outcome::Success),
            sql("AND (status IN ('performing', 'performed', 'not_performed')
                      OR (status = 'archived' AND agreed_on IS NOT NULL))"),
            "{month}"
        );
    }
}

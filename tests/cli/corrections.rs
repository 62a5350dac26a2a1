//! `report corrections …`: the sign-in sheets (minors on their own), the monthly summary
//! (minors counted, never named) and a subject's record, on a file filled through the store.

use super::*;

use chrono::NaiveDate;
use predicates::prelude::*;
use sifa_desk::domain::corrections::{
    Category, Grade, Level, SubjectInput, ValidCheckin, validate_subject,
};
use sifa_desk::domain::office::{OfficeInput, validate_office};
use sifa_desk::domain::{PersonInput, check_char, validate_person};
use sifa_desk::store::persons::{self, Saved};
use sifa_desk::store::{OpenOptions, Store, corrections, settings};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn id_number(first17: &str) -> String {
    format!("{first17}{}", check_char(first17).unwrap())
}

const ADULT_A: &str = "36072619800101123";
const ADULT_B: &str = "36072619851231456";
const MINOR: &str = "36072620090505321";

fn fixture_font() -> String {
    concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/font/NotoSansCJKsc-subset.otf"
    )
    .to_string()
}

fn subject(
    store: &mut Store,
    name: &str,
    id17: &str,
    category: Category,
    minor: bool,
    term: (&str, &str),
) -> i64 {
    let person = validate_person(
        &PersonInput {
            name: name.into(),
            id_number: id_number(id17),
            ..Default::default()
        },
        d("2026-11-29"),
    )
    .unwrap();
    let person_id = match persons::create(store, &person, None).unwrap() {
        Saved::Created(id) | Saved::Existing(id) => id,
    };
    let valid = validate_subject(
        &SubjectInput {
            person_id: Some(person_id),
            category: Some(category),
            crime: "盗窃罪".into(),
            runs_from: term.0.into(),
            reported_on: term.0.into(),
            term_start: term.0.into(),
            term_end: term.1.into(),
            minor,
            level: Some(Level::Normal),
            ..Default::default()
        },
        d("2026-11-29"),
    )
    .unwrap();
    corrections::register(store, &valid).unwrap()
}

/// A set-up file: two adults in correction from March 2026 (张三 checked in for November with
/// 3.5 h of education), a minor (王建国) from January 2026; the fixture font for PDFs.
/// Returns the file and the ids of 张三 and 王建国.
fn file_with_subjects(dir: &Path) -> (PathBuf, i64, i64) {
    let path = dir.join("sifa.db");
    let mut store = Store::open(&path, &OpenOptions::default()).unwrap();
    let office = validate_office(&OfficeInput {
        name: OFFICE.into(),
        code: CODE.into(),
        county: COUNTY.into(),
        population: POPULATION.into(),
    })
    .unwrap();
    sifa_desk::store::offices::setup(&mut store, &office, "张敏").unwrap();
    let mut prefs = settings::preferences(&store).unwrap();
    prefs.pdf_font = fixture_font();
    settings::save_preferences(&mut store, &prefs).unwrap();
    let term = ("2026-03-02", "2027-03-01");
    let a = subject(
        &mut store,
        "张三",
        ADULT_A,
        Category::Probation,
        false,
        term,
    );
    subject(&mut store, "李秀英", ADULT_B, Category::Parole, false, term);
    let minor = subject(
        &mut store,
        "王建国",
        MINOR,
        Category::Probation,
        true,
        ("2026-01-05", "2026-12-31"),
    );
    let checkin = ValidCheckin {
        in_person: 2,
        written: 1,
        talks: 1,
        education: 35,
        service: 80,
        session: true,
        grade: Some(Grade::Good),
        ..Default::default()
    };
    corrections::save_month(
        &mut store,
        d("2026-11-01"),
        &[(a, checkin, String::new()), (minor, checkin, String::new())],
    )
    .unwrap();
    drop(store);
    (path, a, minor)
}

fn pdf_text(path: &Path) -> String {
    pdf_extract::extract_text_from_mem(&bytes_of(path))
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[test]
fn sign_in_sheets_keep_minors_apart() {
    let dir = temp();
    let (db, _, _) = file_with_subjects(dir.path());
    let adults = dir.path().join("adults.csv");
    bin(&db)
        .args([
            "report",
            "corrections",
            "sign-in",
            "--month",
            "2026-11",
            "--format",
            "csv",
            "--out",
        ])
        .arg(&adults)
        .assert()
        .success()
        .stdout(predicate::str::contains("已生成"));
    let text = fs::read_to_string(&adults).unwrap();
    assert!(text.starts_with('\u{feff}'), "CSV with a byte-order mark");
    assert!(text.contains("社区矫正集中教育签到表"), "{text}");
    assert!(text.contains("1,李秀英,假释,普管,,"), "{text}");
    assert!(text.contains("2,张三,缓刑,普管,3.5,"), "{text}");
    assert!(
        !text.contains("王建国"),
        "a minor on the adults' sheet:\n{text}"
    );

    let minors = dir.path().join("minors.pdf");
    bin(&db)
        .args([
            "report",
            "corrections",
            "sign-in",
            "--month",
            "2026-11",
            "--minors",
            "--out",
        ])
        .arg(&minors)
        .assert()
        .success();
    let text = pdf_text(&minors);
    assert!(
        text.contains("未成年人签到表") && text.contains("王建国"),
        "{text}"
    );
    assert!(text.contains(OFFICE) && text.contains("经办人"), "{text}");
    assert!(!text.contains("张三") && !text.contains("李秀英"), "{text}");
}

#[test]
fn the_monthly_summary_counts_minors_without_naming_them() {
    // February 2026: only the minor is in correction, so no rule is applied to anybody.
    let dir = temp();
    let (db, _, _) = file_with_subjects(dir.path());
    let out = dir.path().join("monthly.txt");
    bin(&db)
        .args([
            "report",
            "corrections",
            "monthly",
            "--month",
            "2026-02",
            "--format",
            "txt",
            "--out",
        ])
        .arg(&out)
        .assert()
        .success();
    let text = fs::read_to_string(&out).unwrap();
    assert!(
        text.contains("社区矫正月度汇总") && text.contains("2026年02月"),
        "{text}"
    );
    assert!(
        text.contains("未成年人 1 名（另行管理，不在本表列名）"),
        "{text}"
    );
    assert!(!text.contains("王建国"), "{text}");
}

#[test]
fn the_monthly_summary_lists_the_adults_in_xlsx() {
    use calamine::{Data, Reader, Xlsx};
    let dir = temp();
    let (db, _, _) = file_with_subjects(dir.path());
    let out = dir.path().join("monthly.xlsx");
    bin(&db)
        .args([
            "report",
            "corrections",
            "monthly",
            "--month",
            "2026-11",
            "--format",
            "xlsx",
            "--out",
        ])
        .arg(&out)
        .assert()
        .success();
    let mut book: Xlsx<_> = calamine::open_workbook(&out).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    let cells: Vec<String> = sheet
        .rows()
        .flat_map(|r| r.iter().map(Data::to_string).collect::<Vec<_>>())
        .collect();
    assert!(cells.iter().any(|c| c == "张三"));
    assert!(cells.iter().any(|c| c == "李秀英"));
    assert!(!cells.iter().any(|c| c.contains("王建国")));
    assert!(cells.iter().any(|c| c.contains("未成年人 1 名")));
}

#[test]
fn the_record_prints_the_full_id_and_refuses_an_unknown_id() {
    let dir = temp();
    let (db, a, minor) = file_with_subjects(dir.path());
    let out = dir.path().join("record.csv");
    bin(&db)
        .args(["report", "corrections", "record", "--id"])
        .arg(a.to_string())
        .args(["--format", "csv", "--out"])
        .arg(&out)
        .assert()
        .success();
    let text = fs::read_to_string(&out).unwrap();
    for wanted in [
        "社区矫正对象档案",
        "张三",
        &id_number(ADULT_A),
        "盗窃罪",
        "2026-11,0,2,1,1,0,3.5,8.0,是,良好",
    ] {
        assert!(text.contains(wanted), "{wanted} missing:\n{text}");
    }
    // A minor's own file, asked for by number, in PDF.
    let pdf = dir.path().join("minor.pdf");
    bin(&db)
        .args(["report", "corrections", "record", "--id"])
        .arg(minor.to_string())
        .arg("--out")
        .arg(&pdf)
        .assert()
        .success();
    let text = pdf_text(&pdf);
    assert!(
        text.contains("王建国") && text.contains("第五十四条"),
        "{text}"
    );

    let missing = dir.path().join("missing.pdf");
    bin(&db)
        .args(["report", "corrections", "record", "--id", "9999", "--out"])
        .arg(&missing)
        .assert()
        .failure()
        .stderr(predicate::str::contains("没有找到编号为 9999 的矫正对象"));
    assert!(!missing.exists());
}

#[test]
fn report_corrections_refuses_bad_input() {
    let dir = temp();
    let (db, _, _) = file_with_subjects(dir.path());
    bin(&db)
        .args(["report", "corrections", "sign-in", "--month", "2026-13"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("月份格式不对"));
    bin(&db)
        .args(["report", "corrections", "monthly"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--month"));
    bin(&db)
        .args(["report", "corrections", "record", "--id", "abc"])
        .assert()
        .failure();
    bin(&db)
        .args([
            "report",
            "corrections",
            "sign-in",
            "--month",
            "2026-11",
            "--office",
            "999",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains("没有机构代码为 999 的司法所"));
    bin(&db)
        .args(["report", "corrections", "minutes"])
        .assert()
        .failure();
}

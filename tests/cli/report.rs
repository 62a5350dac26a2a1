//! `report`: the daily and monthly printouts of a demo file, and the files it refuses.

use super::*;

use predicates::prelude::*;

/// A township demo file and its most recent day with ledger entries.
fn demo_file(dir: &Path) -> (PathBuf, String) {
    let db = dir.join("demo.db");
    bin(&db).args(["demo", "--seed", "5"]).assert().success();
    let day: String = Connection::open(&db)
        .unwrap()
        .query_row(
            "SELECT substr(max(served_at), 1, 10) FROM service_entries",
            [],
            |r| r.get(0),
        )
        .unwrap();
    (db, day)
}

#[test]
fn report_daily_xlsx_keeps_ids_as_masked_text_and_counts_every_entry() {
    use calamine::{Data, Reader, Xlsx};
    let dir = temp();
    let (db, day) = demo_file(dir.path());
    let out = dir.path().join("daily.xlsx");
    bin(&db)
        .args([
            "report", "daily", "--date", &day, "--format", "xlsx", "--out",
        ])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("已生成"));
    let expected: i64 = Connection::open(&db)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM service_entries WHERE served_at LIKE ?1 || '%'
             AND voided_at IS NULL",
            [&day],
            |r| r.get(0),
        )
        .unwrap();
    let mut book: Xlsx<_> = calamine::open_workbook(&out).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    let cells: Vec<Vec<Data>> = sheet.rows().map(|r| r.to_vec()).collect();
    let ids: Vec<&Data> = cells
        .iter()
        .filter_map(|r| {
            r.iter()
                .find(|c| matches!(c, Data::String(s) if s.contains("**********")))
        })
        .collect();
    assert!(!ids.is_empty());
    assert!(
        ids.iter().all(|c| matches!(c, Data::String(_))),
        "IDs are text"
    );
    let numbered = cells
        .iter()
        .filter(|r| matches!(r.first(), Some(Data::Float(_) | Data::Int(_))))
        .count() as i64;
    assert_eq!(numbered, expected, "one numbered row per entry");
    // --full-ids writes them whole, on request.
    let full = dir.path().join("full.csv");
    bin(&db)
        .args([
            "report",
            "daily",
            "--date",
            &day,
            "--format",
            "csv",
            "--full-ids",
            "--out",
        ])
        .arg(&full)
        .assert()
        .success();
    let text = fs::read_to_string(&full).unwrap();
    assert!(!text.contains("**********"));
}

#[test]
fn report_monthly_csv_totals_equal_sql() {
    let dir = temp();
    let (db, day) = demo_file(dir.path());
    let month = &day[..7];
    let out = dir.path().join("monthly.csv");
    bin(&db)
        .args([
            "report", "monthly", "--month", month, "--format", "csv", "--out",
        ])
        .arg(&out)
        .assert()
        .success();
    let bytes = fs::read(&out).unwrap();
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let conn = Connection::open(&db).unwrap();
    let total: i64 = conn
        .query_row(
            "SELECT count(*) FROM service_entries WHERE served_at LIKE ?1 || '%'
             AND voided_at IS NULL",
            [month],
            |r| r.get(0),
        )
        .unwrap();
    let consult_window: i64 = conn
        .query_row(
            "SELECT count(*) FROM service_entries WHERE served_at LIKE ?1 || '%'
             AND voided_at IS NULL AND service = 'consult' AND channel = 'window'",
            [month],
            |r| r.get(0),
        )
        .unwrap();
    let total_row = text
        .lines()
        .find(|l| l.starts_with("合计,"))
        .expect("a total row");
    assert!(total_row.ends_with(&format!(",{total}")), "{total_row}");
    let consult_row = text
        .lines()
        .find(|l| l.starts_with("法律咨询,"))
        .expect("a 法律咨询 row");
    assert!(
        consult_row.starts_with(&format!("法律咨询,{consult_window},")),
        "{consult_row}"
    );
}

#[test]
fn report_refuses_an_unknown_office_month_or_format() {
    let dir = temp();
    let (db, day) = demo_file(dir.path());
    bin(&db)
        .args(["report", "daily", "--date", &day, "--office", "999"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("没有机构代码为 999 的司法所"));
    bin(&db)
        .args(["report", "monthly", "--month", "2026-13"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("月份格式不对"));
    bin(&db)
        .args(["report", "daily", "--format", "doc"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("不认识的格式"));
    // An unwritable place: a message, and no half-written file.
    let blocker = dir.path().join("not-a-dir");
    fs::write(&blocker, "x").unwrap();
    bin(&db)
        .args([
            "report", "daily", "--date", &day, "--format", "csv", "--out",
        ])
        .arg(blocker.join("out.csv"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("无法写入文件"));
}

#[test]
fn report_on_a_mistyped_file_makes_no_new_database() {
    let dir = temp();
    let db = dir.path().join("typo.db");
    bin(&db)
        .args(["report", "daily"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("数据库文件不存在"));
    assert!(!db.exists());
    // An empty sifa-desk file that was never set up says so.
    let fresh = dir.path().join("fresh.db");
    drop(sifa_desk::store::Store::open(&fresh, &Default::default()).unwrap());
    bin(&fresh)
        .args(["report", "daily"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("还没有设置司法所"));
}

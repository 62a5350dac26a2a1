//! `demo`: a new file is filled once; a file with real records is refused.

use super::*;

use predicates::prelude::*;

#[test]
fn demo_fills_a_new_file_and_refuses_to_run_twice() {
    let dir = temp();
    let db = dir.path().join("demo.db");
    bin(&db)
        .args(["demo", "--scale", "township", "--seed", "3"])
        .assert()
        .success()
        .stdout(predicate::str::contains("已生成示例数据：1 个司法所"));
    let conn = Connection::open(&db).unwrap();
    let (offices, persons, with_id, demo): (i64, i64, i64, String) = conn
        .query_row(
            "SELECT (SELECT count(*) FROM offices), (SELECT count(*) FROM persons),
                    (SELECT count(*) FROM persons WHERE id_number IS NOT NULL),
                    (SELECT value FROM settings WHERE key = 'demo')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    drop(conn);
    assert_eq!((offices, demo.as_str()), (1, "township"));
    assert!(persons >= 1500, "{persons}");
    assert!(with_id > persons * 9 / 10);
    let before = bytes_of(&db);
    bin(&db)
        .args(["demo"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("已经有示例数据"));
    assert_eq!(bytes_of(&db), before);
}

#[test]
fn demo_refuses_a_file_with_real_records() {
    let dir = temp();
    let db = dir.path().join("real.db");
    init(&db).assert().success();
    bin(&db)
        .arg("demo")
        .assert()
        .failure()
        .stderr(predicate::str::contains("已有真实记录"));
    let conn = Connection::open(&db).unwrap();
    let persons: i64 = conn
        .query_row("SELECT count(*) FROM persons", [], |r| r.get(0))
        .unwrap();
    assert_eq!(persons, 0);
}

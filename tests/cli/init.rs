//! `init`: the office, its first operator, the audit trail, bad fields and where the file is.

use super::*;

use predicates::prelude::*;

#[test]
fn init_sets_up_the_office_its_first_operator_and_the_audit_trail() {
    let dir = temp();
    let db = dir.path().join("sifa.db");
    init(&db)
        .assert()
        .success()
        .stdout(predicate::str::contains(OFFICE))
        .stdout(predicate::str::contains("已建立司法所"))
        .stdout(predicate::str::contains(CODE))
        .stdout(predicate::str::contains("管理员"))
        .stderr(predicate::str::is_empty());

    let conn = open(&db);
    let (name, county, population): (String, String, i64) = conn
        .query_row(
            "SELECT name, county, population FROM offices WHERE office_code = ?1",
            [CODE],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("the office row");
    assert_eq!(name, OFFICE);
    assert_eq!(county, COUNTY);
    assert_eq!(population, 52000);
    assert_eq!(count(&conn, "SELECT count(*) FROM offices"), 1);

    let setting: String = conn
        .query_row(
            "SELECT value FROM settings WHERE key = 'office_code'",
            [],
            |r| r.get(0),
        )
        .expect("the office_code setting");
    assert_eq!(setting, CODE);

    assert_eq!(
        operators(&db),
        [("管理员".to_string(), "admin".to_string(), CODE.to_string())]
    );

    // One insert audit row for each new record, naming its uid and the operator.
    for table in ["offices", "operators"] {
        let audited = count(
            &conn,
            &format!(
                "SELECT count(*) FROM audit_log a JOIN {table} t ON a.row_uid = t.uid
                 WHERE a.table_name = '{table}' AND a.action = 'insert'
                   AND a.operator = '管理员' AND a.after_json IS NOT NULL"
            ),
        );
        assert_eq!(audited, 1, "audit rows for {table}");
    }
    let setting_audit = count(
        &conn,
        "SELECT count(*) FROM audit_log WHERE table_name = 'settings'
         AND row_uid = 'office_code' AND action = 'insert'",
    );
    assert_eq!(setting_audit, 1);

    let app_id = count(&conn, "PRAGMA application_id");
    let version = count(&conn, "PRAGMA user_version");
    assert_ne!(app_id, 0, "application_id marks the file as ours");
    assert_eq!(version, sifa_desk::store::SCHEMA_VERSION);
    assert!(version > 0);
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn init_again_changes_nothing_even_with_another_name() {
    let dir = temp();
    let db = initialised(&dir);
    let before = offices(&db);
    let operators_before = operators(&db);
    let audit_before = count(&open(&db), "SELECT count(*) FROM audit_log");

    bin(&db)
        .args(init_args("另一个司法所"))
        .arg("--operator")
        .arg("王五")
        .assert()
        .success()
        .stdout(predicate::str::contains("没有做任何改动"))
        .stdout(predicate::str::contains(OFFICE))
        .stdout(predicate::str::contains("另一个司法所").not());

    assert_eq!(offices(&db), before);
    assert_eq!(before.len(), 1);
    assert_eq!(before[0].1, OFFICE);
    assert_eq!(operators(&db), operators_before);
    assert_eq!(
        count(&open(&db), "SELECT count(*) FROM audit_log"),
        audit_before
    );
}

#[test]
fn init_refuses_a_bad_code_and_names_the_field() {
    for code in ["36 07", "360726-101", "代码", "123456789012345678901"] {
        let dir = temp();
        let db = dir.path().join("sifa.db");
        bin(&db)
            .args(["init", "--office", OFFICE, "--code", code])
            .assert()
            .failure()
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains("机构代码"))
            .stderr(predicate::str::contains("出错"));
        assert!(
            office_rows(&db).unwrap_or(0) == 0,
            "no office was written for code {code:?}"
        );
    }
}

#[test]
fn init_refuses_a_bad_population_and_names_the_field() {
    // `--population=-5`: the value is glued to the flag so that clap reads it as a value.
    for population in ["-5", "abc", "12.5"] {
        let dir = temp();
        let db = dir.path().join("sifa.db");
        bin(&db)
            .args(["init", "--office", OFFICE, "--code", CODE])
            .arg(format!("--population={population}"))
            .assert()
            .failure()
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains("常住人口"));
        assert!(
            office_rows(&db).unwrap_or(0) == 0,
            "no office was written for population {population:?}"
        );
    }
}

#[test]
fn a_negative_population_after_a_space_fails_without_writing() {
    // `-5` reaches the Chinese check (not clap's "unknown argument"), and nothing is made.
    let dir = temp();
    let db = dir.path().join("sifa.db");
    bin(&db)
        .args([
            "init",
            "--office",
            OFFICE,
            "--code",
            CODE,
            "--population",
            "-5",
        ])
        .assert()
        .failure()
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("常住人口：数量不能是负数"));
    assert!(!db.exists(), "bad arguments make no file");
}

#[test]
fn init_reports_every_bad_field_at_once() {
    let dir = temp();
    let db = dir.path().join("sifa.db");
    bin(&db)
        .args([
            "init",
            "--office",
            "",
            "--code",
            "36 07",
            "--population=abc",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains("司法所名称"))
        .stderr(predicate::str::contains("机构代码"))
        .stderr(predicate::str::contains("常住人口"));
    assert!(office_rows(&db).unwrap_or(0) == 0);
}

#[test]
fn init_refuses_an_empty_operator() {
    let dir = temp();
    let db = dir.path().join("sifa.db");
    init(&db)
        .args(["--operator", "  "])
        .assert()
        .failure()
        .stderr(predicate::str::contains("操作员"));
    assert!(office_rows(&db).unwrap_or(0) == 0);
}

#[test]
fn init_names_the_first_operator() {
    let dir = temp();
    let db = dir.path().join("sifa.db");
    init(&db)
        .args(["--operator", "李四"])
        .assert()
        .success()
        .stdout(predicate::str::contains("李四"));
    assert_eq!(
        operators(&db),
        [("李四".to_string(), "admin".to_string(), CODE.to_string())]
    );
    let by_li = count(
        &open(&db),
        "SELECT count(*) FROM audit_log WHERE operator = '李四' AND table_name = 'offices'",
    );
    assert_eq!(
        by_li, 1,
        "the audit trail names the operator who set up the file"
    );
}

#[test]
fn the_database_can_be_named_by_environment_variable() {
    let dir = temp();
    let db = dir.path().join("from-env.db");
    bare()
        .env("SIFA_DESK_DB", &db)
        .args(init_args(OFFICE))
        .assert()
        .success()
        .stdout(predicate::str::contains(OFFICE));
    assert!(db.exists(), "the file named by SIFA_DESK_DB was made");
    assert_eq!(
        offices(&db),
        [(CODE.to_string(), OFFICE.to_string(), 52000)]
    );
}

#[test]
fn db_flag_wins_over_the_environment_variable() {
    let dir = temp();
    let from_env = dir.path().join("env.db");
    let from_flag = dir.path().join("flag.db");
    bin(&from_flag)
        .env("SIFA_DESK_DB", &from_env)
        .args(init_args(OFFICE))
        .assert()
        .success();
    assert!(!from_env.exists());
    assert_eq!(office_rows(&from_flag), Some(1));
}

#[test]
fn init_makes_the_folder_of_a_new_file() {
    let dir = temp();
    let db = dir.path().join("a").join("b").join("sifa.db");
    init(&db).assert().success();
    assert_eq!(office_rows(&db), Some(1));
}

#[test]
fn init_echoes_the_office_name_escaped() {
    let dir = temp();
    let db = dir.path().join("sifa.db");
    let office = "版石镇\u{202E}司法所\u{1b}[31m";
    let out = bin(&db)
        .args(init_args(office))
        .output()
        .expect("init runs");
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("版石镇\\u{202e}司法所^[[31m"), "{stdout}");
    assert!(
        !stdout.chars().any(|c| c == '\u{202E}' || c == '\u{1b}'),
        "nothing raw reaches the terminal: {stdout:?}"
    );
}

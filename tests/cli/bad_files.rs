//! Bad files: random bytes, text, other programs' databases, newer versions, read-only
//! files and directories are refused without a byte written.

use super::*;

use predicates::prelude::*;

/// Deterministic pseudo-random bytes (xorshift64), so a failure can be reproduced.
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(len);
    while out.len() < len {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        out.extend_from_slice(&seed.to_le_bytes());
    }
    out.truncate(len);
    out
}

fn make_read_only(path: &Path) {
    let mut perms = fs::metadata(path).unwrap().permissions();
    perms.set_readonly(true);
    fs::set_permissions(path, perms).unwrap();
    assert!(fs::metadata(path).unwrap().permissions().readonly());
}

/// Runs `init` on a file that must be refused and checks the file is untouched.
fn assert_refused(db: &Path, message: &str) {
    let before = bytes_of(db);
    init(db)
        .assert()
        .failure()
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(message))
        .stderr(predicate::str::contains("没有改动"));
    assert_eq!(bytes_of(db), before, "{} was changed", db.display());
}

#[test]
fn random_bytes_are_not_a_database() {
    let dir = temp();
    let db = dir.path().join("random.db");
    fs::write(&db, noise(4096, 0x5EED_1234_ABCD_0001)).unwrap();
    assert_refused(&db, "不是 sifa-desk 数据库");
    assert_no_sidecars(&db);
}

#[test]
fn a_short_text_file_is_not_a_database() {
    let dir = temp();
    let db = dir.path().join("hello.txt");
    fs::write(&db, "hello").unwrap();
    assert_refused(&db, "不是 sifa-desk 数据库");
    assert_no_sidecars(&db);
}

#[test]
fn a_text_file_longer_than_the_header_is_not_a_database() {
    let dir = temp();
    let db = dir.path().join("notes.txt");
    fs::write(&db, "司法所工作记录\n".repeat(100)).unwrap();
    assert_refused(&db, "不是 sifa-desk 数据库");
    assert_no_sidecars(&db);
}

#[test]
fn an_sqlite_header_followed_by_garbage_is_not_a_database() {
    let dir = temp();
    let db = dir.path().join("broken.db");
    let mut content = b"SQLite format 3\0".to_vec();
    content.extend(noise(4080, 7));
    fs::write(&db, content).unwrap();
    assert_refused(&db, "不是 sifa-desk 数据库");
    assert_no_sidecars(&db);
}

#[test]
fn another_programs_database_is_refused() {
    let dir = temp();
    let db = dir.path().join("other.db");
    {
        let conn = open(&db);
        conn.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (42);")
            .unwrap();
    }
    assert_no_sidecars(&db);
    assert_refused(&db, "其他程序的数据库");
    assert_no_sidecars(&db);
    let conn = open(&db);
    assert_eq!(count(&conn, "SELECT x FROM t"), 42);
    assert_eq!(
        count(&conn, "SELECT count(*) FROM sqlite_schema"),
        1,
        "no sifa-desk tables were added"
    );
}

#[test]
fn another_programs_wal_database_is_refused() {
    let dir = temp();
    let db = dir.path().join("other-wal.db");
    {
        let conn = open(&db);
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; CREATE TABLE t(x); INSERT INTO t VALUES (1);",
        )
        .unwrap();
    }
    assert_refused(&db, "其他程序的数据库");
    assert_no_pending_wal(&db);
}

#[test]
fn a_database_with_another_application_id_is_refused() {
    let dir = temp();
    let db = dir.path().join("other-app.db");
    open(&db)
        .execute_batch("PRAGMA application_id = 1234; PRAGMA user_version = 1;")
        .unwrap();
    assert_refused(&db, "其他程序的数据库");
    assert_no_sidecars(&db);
}

#[test]
fn a_file_of_a_newer_version_is_refused_untouched() {
    let dir = temp();
    let db = initialised(&dir);
    {
        let conn = open(&db);
        conn.execute_batch("PRAGMA user_version = 99").unwrap();
    }
    assert_eq!(count(&open(&db), "PRAGMA user_version"), 99);
    assert_no_sidecars(&db);
    assert_refused(&db, "更新版本");
    // Also the TUI-less commands that would write.
    let before = bytes_of(&db);
    bin(&db)
        .arg("demo")
        .assert()
        .failure()
        .stderr(predicate::str::contains("更新版本"));
    assert_eq!(bytes_of(&db), before);
    assert_no_pending_wal(&db);
    assert_eq!(count(&open(&db), "PRAGMA user_version"), 99);
}

#[test]
fn a_newer_file_in_rollback_journal_mode_is_refused_untouched() {
    // Switching such a file to WAL would already rewrite its header: the version must be
    // checked before the file is opened for writing.
    let dir = temp();
    let db = initialised(&dir);
    open(&db)
        .execute_batch("PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;")
        .unwrap();
    assert_no_sidecars(&db);
    assert_refused(&db, "更新版本");
    assert_no_sidecars(&db);
    let mode: String = open(&db)
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
}

#[test]
fn init_on_a_read_only_file_changes_nothing() {
    let dir = temp();
    let db = initialised(&dir);
    make_read_only(&db);
    let before = bytes_of(&db);
    let output = bin(&db)
        .args(init_args("另一个司法所"))
        .output()
        .expect("run sifa-desk");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !stderr.contains("panicked"),
        "the program crashed: {stderr}"
    );
    if output.status.success() {
        assert!(stdout.contains("没有做任何改动"), "stdout: {stdout}");
    } else {
        assert!(stderr.contains("只读"), "stderr: {stderr}");
    }
    assert_eq!(bytes_of(&db), before);
    assert_no_pending_wal(&db);
    assert_eq!(
        offices(&db),
        [(CODE.to_string(), OFFICE.to_string(), 52000)]
    );
}

#[test]
fn a_read_only_copy_in_rollback_journal_mode_is_not_switched_to_wal() {
    // A backup made with VACUUM INTO is not in WAL mode; opening it for writing would
    // rewrite its header, so a read-only file must be opened read-only.
    let dir = temp();
    let db = initialised(&dir);
    let copy = dir.path().join("backup.db");
    open(&db)
        .execute("VACUUM INTO ?1", [copy.to_str().unwrap()])
        .unwrap();
    make_read_only(&copy);
    assert_no_sidecars(&copy);
    let before = bytes_of(&copy);
    bin(&copy)
        .args(init_args(OFFICE))
        .assert()
        .success()
        .stdout(predicate::str::contains("没有做任何改动"));
    assert_eq!(bytes_of(&copy), before);
    assert_no_sidecars(&copy);
}

#[test]
fn init_on_a_read_only_file_that_is_not_set_up_fails() {
    let dir = temp();
    let db = dir.path().join("empty.db");
    drop(sifa_desk::store::Store::open(&db, &Default::default()).expect("a new file"));
    make_read_only(&db);
    let before = bytes_of(&db);
    init(&db)
        .assert()
        .failure()
        .stderr(predicate::str::contains("只读"))
        .stderr(predicate::str::contains("panicked").not());
    assert_eq!(bytes_of(&db), before);
    assert_no_pending_wal(&db);
    assert_eq!(office_rows(&db), Some(0));
}

#[test]
fn demo_on_a_read_only_file_fails_untouched() {
    let dir = temp();
    let db = initialised(&dir);
    make_read_only(&db);
    let before = bytes_of(&db);
    bin(&db)
        .arg("demo")
        .assert()
        .failure()
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::starts_with("出错："))
        // Refused as read-only, or because demo data only goes into a new file.
        .stderr(predicate::str::contains("只读").or(predicate::str::contains("新文件")))
        .stderr(predicate::str::contains("panicked").not());
    assert_eq!(bytes_of(&db), before);
    assert_no_pending_wal(&db);
}

#[test]
fn a_directory_is_not_a_database() {
    let dir = temp();
    let db = dir.path().join("folder.db");
    fs::create_dir(&db).unwrap();
    bin(&db)
        .args(init_args(OFFICE))
        .assert()
        .failure()
        .stderr(predicate::str::contains("出错"))
        .stderr(predicate::str::contains("panicked").not());
    assert!(
        fs::read_dir(&db).unwrap().next().is_none(),
        "nothing was written inside"
    );
}

#[test]
fn an_older_file_is_upgraded_with_a_word_first_and_nothing_lost() {
    let dir = temp();
    let db = initialised(&dir);
    // As a version-3 file was: without the list indexes of version 4 and the corrections
    // tables of version 5.
    open(&db)
        .execute_batch(
            "DROP INDEX persons_office; DROP INDEX dispute_parties_office;
             DROP TABLE correction_medical; DROP TABLE correction_tags;
             DROP TABLE correction_approvals; DROP TABLE correction_incidents;
             DROP TABLE correction_months; DROP TABLE correction_checkins;
             DROP TABLE correction_levels; DROP TABLE corrections;
             PRAGMA user_version = 3;",
        )
        .unwrap();
    let out = dir.path().join("day.csv");
    let run = bin(&db)
        .args([
            "report",
            "daily",
            "--date",
            "2026-11-29",
            "--format",
            "csv",
            "--out",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert!(run.status.success(), "{run:?}");
    let err = String::from_utf8(run.stderr).unwrap();
    assert!(
        err.contains(&format!(
            "正在升级数据库文件（第 3 版 → 第 {} 版）",
            sifa_desk::store::SCHEMA_VERSION
        )),
        "{err}"
    );
    let conn = open(&db);
    assert_eq!(
        count(&conn, "PRAGMA user_version"),
        sifa_desk::store::SCHEMA_VERSION
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM sqlite_master WHERE name = 'persons_office'"
        ),
        1
    );
    assert_eq!(office_rows(&db), Some(1));
    // Opened again: nothing to upgrade, nothing said.
    let again = bin(&db)
        .args([
            "report",
            "daily",
            "--date",
            "2026-11-29",
            "--format",
            "csv",
            "--out",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert!(!String::from_utf8(again.stderr).unwrap().contains("升级"));
}

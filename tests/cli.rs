//! End-to-end tests of the real `sifa-desk` binary: `init`, `demo`, bad files and exit codes.
//!
//! Every test works in its own temporary directory and always names its file (`--db` or
//! `SIFA_DESK_DB`), so the real data directory is never touched.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use predicates::prelude::*;
use rusqlite::Connection;
use tempfile::TempDir;

const OFFICE: &str = "版石镇司法所";
const CODE: &str = "360726101";
const COUNTY: &str = "安远县";
const POPULATION: &str = "52000";

/// The binary, with a clean environment and the given database file.
fn bin(db: &Path) -> Command {
    let mut cmd = bare();
    cmd.arg("--db").arg(db);
    cmd
}

/// The binary without a database argument; any inherited database or wait setting is removed.
fn bare() -> Command {
    let mut cmd = Command::cargo_bin("sifa-desk").expect("the sifa-desk binary is built");
    cmd.env_remove("SIFA_DESK_DB")
        .env_remove("SIFA_DESK_BUSY_MS")
        // A hang (say, a busy wait that never ends) fails the test instead of stalling it.
        .timeout(Duration::from_secs(60));
    cmd
}

/// `init` with the standard office, optionally under another name.
fn init_args(office: &str) -> Vec<String> {
    [
        "init",
        "--office",
        office,
        "--code",
        CODE,
        "--county",
        COUNTY,
        "--population",
        POPULATION,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn init(db: &Path) -> Command {
    let mut cmd = bin(db);
    cmd.args(init_args(OFFICE));
    cmd
}

fn temp() -> TempDir {
    tempfile::tempdir().expect("a temporary directory")
}

fn bytes_of(path: &Path) -> Vec<u8> {
    fs::read(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// `path` with a suffix appended to its file name (`f.db` → `f.db-wal`).
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// No journal, WAL or shared-memory file beside `path`.
fn assert_no_sidecars(path: &Path) {
    for suffix in ["-wal", "-shm", "-journal"] {
        let side = sibling(path, suffix);
        assert!(!side.exists(), "{} was left behind", side.display());
    }
}

/// SQLite may leave an empty `-wal` (and a `-shm`) after reading a WAL file read-only; a `-wal`
/// with content would mean changes waiting to be copied into the main file.
fn assert_no_pending_wal(path: &Path) {
    let wal = sibling(path, "-wal");
    if let Ok(meta) = fs::metadata(&wal) {
        assert_eq!(meta.len(), 0, "{} holds unsaved changes", wal.display());
    }
    assert!(!sibling(path, "-journal").exists());
}

/// A set-up database made by the binary itself.
fn initialised(dir: &TempDir) -> PathBuf {
    let db = dir.path().join("sifa.db");
    init(&db).assert().success();
    db
}

fn open(path: &Path) -> Connection {
    Connection::open(path).expect("open with rusqlite")
}

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0))
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// Number of live offices, or None when the file has no offices table at all.
fn office_rows(path: &Path) -> Option<i64> {
    if !path.exists() {
        return None;
    }
    let conn = open(path);
    let has_table = count(
        &conn,
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'offices'",
    );
    (has_table == 1).then(|| count(&conn, "SELECT count(*) FROM offices"))
}

fn offices(path: &Path) -> Vec<(String, String, i64)> {
    let conn = open(path);
    let mut stmt = conn
        .prepare("SELECT office_code, name, population FROM offices ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn operators(path: &Path) -> Vec<(String, String, String)> {
    let conn = open(path);
    let mut stmt = conn
        .prepare("SELECT name, role, office_code FROM operators ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

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

// ---- init ----------------------------------------------------------------------------------

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

// ---- bad files -----------------------------------------------------------------------------

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

// ---- another sifa-desk writing -------------------------------------------------------------

/// A sifa-desk file with its schema but no office yet, made through the library.
fn empty_sifa_file(dir: &TempDir) -> PathBuf {
    let db = dir.path().join("shared.db");
    drop(sifa_desk::store::Store::open(&db, &Default::default()).expect("a new file"));
    assert_eq!(office_rows(&db), Some(0));
    db
}

/// Another writer: an open write transaction with a pending row.
fn hold_write_lock(db: &Path) -> Connection {
    let holder = open(db);
    holder
        .execute_batch(
            "BEGIN EXCLUSIVE;
             INSERT INTO settings (key, value) VALUES ('held_by_test', '1');",
        )
        .expect("take the write lock");
    holder
}

#[test]
fn a_file_another_sifa_desk_is_writing_is_refused_after_waiting() {
    let dir = temp();
    let db = empty_sifa_file(&dir);
    let holder = hold_write_lock(&db);

    let started = Instant::now();
    init(&db)
        .env("SIFA_DESK_BUSY_MS", "300")
        .assert()
        .failure()
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("另一个 sifa-desk"));
    let waited = started.elapsed();
    // The default wait is 5 s; SIFA_DESK_BUSY_MS=300 must shorten it.
    assert!(
        waited < Duration::from_millis(4000),
        "SIFA_DESK_BUSY_MS was not honoured: {waited:?}"
    );
    assert!(
        waited >= Duration::from_millis(300),
        "gave up before the wait was over: {waited:?}"
    );

    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    assert_eq!(
        office_rows(&db),
        Some(0),
        "nothing was written while locked"
    );

    init(&db)
        .env("SIFA_DESK_BUSY_MS", "300")
        .assert()
        .success()
        .stdout(predicate::str::contains(OFFICE));
    assert_eq!(
        offices(&db),
        [(CODE.to_string(), OFFICE.to_string(), 52000)]
    );
    let held = count(
        &open(&db),
        "SELECT count(*) FROM settings WHERE key = 'held_by_test'",
    );
    assert_eq!(held, 0, "the other writer's rolled-back row did not appear");
}

#[test]
fn a_writer_that_finishes_soon_is_waited_for() {
    let dir = temp();
    let db = empty_sifa_file(&dir);
    let holder = hold_write_lock(&db);
    let release = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(800));
        holder.execute_batch("COMMIT").unwrap();
    });

    init(&db)
        .env("SIFA_DESK_BUSY_MS", "20000")
        .assert()
        .success()
        .stdout(predicate::str::contains(OFFICE));
    release.join().unwrap();

    assert_eq!(office_rows(&db), Some(1));
    let held = count(
        &open(&db),
        "SELECT count(*) FROM settings WHERE key = 'held_by_test'",
    );
    assert_eq!(held, 1, "the other writer's committed row is kept");
}

// ---- command line ----------------------------------------------------------------------------

#[test]
fn help_lists_the_commands() {
    bare()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("init"))
        .stdout(predicate::str::contains("demo"))
        .stdout(predicate::str::contains("--db"));
}

#[test]
fn init_help_lists_its_options() {
    bare()
        .args(["init", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--office"))
        .stdout(predicate::str::contains("--code"))
        .stdout(predicate::str::contains("--population"))
        .stdout(predicate::str::contains("--operator"));
}

#[test]
fn an_unknown_command_fails_without_touching_the_file() {
    let dir = temp();
    let db = dir.path().join("sifa.db");
    bin(&db)
        .arg("frobnicate")
        .assert()
        .failure()
        .stderr(predicate::str::contains("frobnicate"));
    assert!(!db.exists());
}

#[test]
fn init_without_its_required_options_fails() {
    let dir = temp();
    let db = dir.path().join("sifa.db");
    bin(&db)
        .args(["init", "--office", OFFICE])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--code"));
    assert!(!db.exists());
}

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

//! End-to-end tests of the real `sifa-desk` binary: `init`, `demo`, bad files and exit codes.
//!
//! Every test works in its own temporary directory and always names its file (`--db` or
//! `SIFA_DESK_DB`), so the real data directory is never touched.

mod bad_files;
mod commands;
mod corrections;
mod demo;
mod init;
mod messages;
mod report;
mod writers;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
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

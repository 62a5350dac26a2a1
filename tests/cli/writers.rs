//! Another sifa-desk writing the same file: refused after waiting, or waited for.

use super::*;

use std::time::Instant;

use predicates::prelude::*;

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

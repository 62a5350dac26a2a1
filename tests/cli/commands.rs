//! The command line itself: help, unknown commands, missing options.

use super::*;

use predicates::prelude::*;

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

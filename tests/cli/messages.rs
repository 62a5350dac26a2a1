//! The real binary speaks Chinese about its own command line: every mistake clap catches is
//! one Chinese sentence on standard error naming the argument (and the allowed values), with
//! exit code 2 and nothing on standard output; `--help` is Chinese and exits 0.

use std::time::Duration;

use assert_cmd::Command;
use tempfile::TempDir;

/// The binary with its own empty folder as the database (never the real data directory).
fn bin(dir: &TempDir) -> Command {
    let mut cmd = Command::cargo_bin("sifa-desk").expect("the sifa-desk binary is built");
    cmd.env_remove("SIFA_DESK_DB")
        .env_remove("SIFA_DESK_BUSY_MS")
        .arg("--db")
        .arg(dir.path().join("desk.db"))
        .timeout(Duration::from_secs(60));
    cmd
}

/// Runs `args`, expects a command-line mistake, returns standard error.
fn refused(args: &[&str]) -> String {
    let dir = TempDir::new().unwrap();
    let out = bin(&dir).args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    assert!(out.stdout.is_empty(), "{args:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("出错："), "{err}");
    for english in [
        "error:",
        "Usage",
        "For more information",
        "invalid",
        "unexpected",
    ] {
        assert!(!err.contains(english), "{english} in {err}");
    }
    // Nothing was made: a mistake on the command line touches no file.
    assert!(!dir.path().join("desk.db").exists(), "{args:?}");
    err
}

#[test]
fn a_monthly_report_without_its_month_names_the_argument() {
    let err = refused(&["report", "monthly"]);
    assert!(
        err.contains("缺少参数 --month（月份，如 2026-11）"),
        "{err}"
    );
    assert!(
        err.contains("用 sifa-desk report monthly --help 查看用法"),
        "{err}"
    );
}

#[test]
fn a_bad_format_lists_the_formats() {
    let err = refused(&["report", "daily", "--format", "docx"]);
    assert!(err.contains("参数 --format 的值“docx”不对"), "{err}");
    assert!(err.contains("pdf、xlsx、csv、txt"), "{err}");
}

#[test]
fn unknown_arguments_and_commands_are_refused_in_chinese() {
    let err = refused(&["report", "monthly", "--month", "2026-11", "--bogus"]);
    assert!(err.contains("不认识的参数 --bogus"), "{err}");
    let err = refused(&["frob"]);
    assert!(
        err.contains("不认识的命令“frob”，可用的命令：init、report、demo"),
        "{err}"
    );
    let err = refused(&["report"]);
    assert!(
        err.contains("后面要写命令：daily、monthly、disputes"),
        "{err}"
    );
}

#[test]
fn bad_dates_and_values_are_refused_at_their_argument() {
    let err = refused(&["report", "daily", "--date", "2026-02-30"]);
    assert!(
        err.contains("参数 --date 的值“2026-02-30”不对：日期不存在"),
        "{err}"
    );
    let err = refused(&[
        "report",
        "disputes",
        "register",
        "--from",
        "昨天",
        "--to",
        "2026-11-30",
    ]);
    assert!(
        err.contains("参数 --from 的值“昨天”不对：日期格式不对"),
        "{err}"
    );
    let err = refused(&["demo", "--scale", "city"]);
    assert!(err.contains("可选：township、county"), "{err}");
    let err = refused(&["report", "disputes", "case", "--id", "1", "--case-no", "x"]);
    assert!(err.contains("不能同时使用"), "{err}");
}

#[test]
fn help_is_chinese_and_exits_zero() {
    let dir = TempDir::new().unwrap();
    let out = bin(&dir).args(["report", "--help"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    for part in ["用法：", "命令：", "选项：", "当日服务台账", "显示帮助"] {
        assert!(text.contains(part), "{part} in {text}");
    }
    assert!(
        !text.contains("Usage") && !text.contains("Print help"),
        "{text}"
    );
}

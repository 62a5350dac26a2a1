use super::*;

fn run(args: &[&str]) -> Result<Cli, Early> {
    parse_from(std::iter::once("sifa-desk").chain(args.iter().copied()))
}

/// The message of a mistake, checked to carry none of clap's English.
fn mistake(args: &[&str]) -> String {
    match run(args) {
        Err(Early::Mistake(text)) => {
            for english in [
                "error",
                "Usage",
                "invalid",
                "unexpected",
                "required",
                "provided",
                "For more",
                "argument",
                "possible",
                "cannot",
                "digit",
            ] {
                assert!(!text.contains(english), "{english} in {text}");
            }
            assert!(text.starts_with("出错："), "{text}");
            text
        }
        other => panic!("{args:?} gave {other:?}"),
    }
}

fn shown(args: &[&str]) -> String {
    match run(args) {
        Err(Early::Show(text)) => text,
        other => panic!("{args:?} gave {other:?}"),
    }
}

#[test]
fn a_missing_argument_is_named_with_its_help() {
    let text = mistake(&["report", "monthly"]);
    assert!(
        text.contains("缺少参数 --month（月份，如 2026-11）"),
        "{text}"
    );
    assert!(
        text.contains("用 sifa-desk report monthly --help 查看用法"),
        "{text}"
    );
    let text = mistake(&["report", "disputes", "register", "--from", "2026-11-01"]);
    assert!(text.contains("--to（截止日期"), "{text}");
    let text = mistake(&["init", "--office", "版石镇司法所"]);
    assert!(text.contains("--code（机构代码）"), "{text}");
}

#[test]
fn bad_values_name_the_argument_and_the_allowed_values() {
    let text = mistake(&[
        "report", "monthly", "--month", "2026-11", "--format", "docx",
    ]);
    assert!(
        text.contains("参数 --format 的值“docx”不对：") && text.contains("pdf、xlsx、csv、txt"),
        "{text}"
    );
    let text = mistake(&["demo", "--scale", "big"]);
    assert!(
        text.contains("参数 --scale 的值“big”不对，可选：township、county"),
        "{text}"
    );
    let text = mistake(&["demo", "--seed", "abc"]);
    assert!(
        text.contains("参数 --seed 的值“abc”不对：应为不小于 0 的整数"),
        "{text}"
    );
    let text = mistake(&["report", "disputes", "case", "--id", "abc"]);
    assert!(
        text.contains("参数 --id 的值“abc”不对：应为不小于 0 的整数"),
        "{text}"
    );
    let text = mistake(&["report", "monthly", "--format"]);
    assert!(text.contains("参数 --format 后面要写一个值"), "{text}");
}

#[test]
fn bad_dates_and_months_are_refused_at_their_argument() {
    let text = mistake(&["report", "daily", "--date", "2026-13-45"]);
    assert!(
        text.contains("参数 --date 的值“2026-13-45”不对：日期不存在"),
        "{text}"
    );
    let text = mistake(&["report", "daily", "--date", "昨天"]);
    assert!(text.contains("日期格式不对"), "{text}");
    let text = mistake(&[
        "report",
        "disputes",
        "register",
        "--from",
        "2026-11-01",
        "--to",
        "11/30",
    ]);
    assert!(text.contains("参数 --to 的值“11/30”不对"), "{text}");
    let text = mistake(&["report", "monthly", "--month", "2026-13"]);
    assert!(
        text.contains("参数 --month 的值“2026-13”不对：月份格式不对"),
        "{text}"
    );
    // Good ones still parse, in any accepted form.
    let cli = run(&["report", "daily", "--date", "2026年11月29日"]).unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 11, 29);
    assert!(matches!(
        cli.command,
        Some(super::super::Command::Report(super::super::report::Report::Daily { date, .. })) if date == day
    ));
}

#[test]
fn unknown_arguments_and_commands_list_what_there_is() {
    let text = mistake(&["--bogus"]);
    assert!(text.contains("不认识的参数 --bogus"), "{text}");
    let text = mistake(&["report", "monthly", "--mnth", "2026-11"]);
    assert!(
        text.contains("不认识的参数 --mnth，是不是要写 --month？"),
        "{text}"
    );
    let text = mistake(&["frob"]);
    assert!(
        text.contains("不认识的命令“frob”，可用的命令：init、report、demo"),
        "{text}"
    );
    let text = mistake(&["report", "weekly"]);
    assert!(
        text.contains("可用的命令：daily、monthly、disputes"),
        "{text}"
    );
    let text = mistake(&["report"]);
    assert!(
        text.contains("sifa-desk report 后面要写命令：daily、monthly、disputes"),
        "{text}"
    );
    let text = mistake(&["help"]);
    assert!(text.contains("不认识的命令“help”"), "{text}");
}

#[test]
fn conflicts_and_repeats_are_explained() {
    let text = mistake(&["report", "disputes", "case", "--id", "1", "--case-no", "x"]);
    assert!(text.contains("不能同时使用"), "{text}");
    assert!(
        text.contains("--id") && text.contains("--case-no"),
        "{text}"
    );
    let text = mistake(&[
        "report", "monthly", "--month", "2026-11", "--month", "2026-10",
    ]);
    assert!(text.contains("参数 --month 只能写一次"), "{text}");
}

#[test]
fn help_and_version_are_shown_in_chinese() {
    let top = shown(&["--help"]);
    for part in [
        "用法：",
        "命令：",
        "选项：",
        "显示帮助",
        "显示版本号",
        "init",
        "环境变量 SIFA_DESK_DB",
    ] {
        assert!(top.contains(part), "{part} in {top}");
    }
    for english in [
        "Usage",
        "Commands",
        "Options",
        "Print help",
        "[env",
        "Print this",
    ] {
        assert!(!top.contains(english), "{english} in {top}");
    }
    let monthly = shown(&["report", "monthly", "-h"]);
    assert!(
        monthly.contains("（默认：pdf）") && monthly.contains("月份"),
        "{monthly}"
    );
    assert!(!monthly.contains("[default"), "{monthly}");
    let demo = shown(&["demo", "--help"]);
    assert!(
        demo.contains("（可选：township、county）（默认：township）"),
        "{demo}"
    );
    assert!(shown(&["-V"]).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn number_parsers_refuse_in_chinese() {
    assert_eq!(count_arg("12"), Ok(12));
    assert_eq!(count_arg("-1"), Err(s::CLI_NOT_A_COUNT.to_string()));
    assert_eq!(
        count_arg("99999999999999999999"),
        Err(s::CLI_COUNT_TOO_BIG.to_string())
    );
    assert_eq!(
        id_arg("9223372036854775808"),
        Err(s::CLI_COUNT_TOO_BIG.to_string())
    );
}

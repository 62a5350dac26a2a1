//! Texts for small mends: times out of range, the command line's own errors, the
//! case-number prefix, the bundled PDF font.

// ---- Dates and times ----------------------------------------------------

pub fn time_impossible(typed: &str) -> String {
    format!("时间不存在：{typed}（小时为 0–23，分钟为 00–59）")
}

// ---- Case numbers (纠纷受理) ----------------------------------------------

pub const DISPUTE_NO_CASE_PREFIX: &str =
    "没有案号前缀，不能受理：请先在 设置 → 纠纷受理 中填写案号前缀（如“版石”）";

// ---- The command line's own messages -------------------------------------

/// `--help` of a command with subcommands, and of one without (clap template tags in braces).
pub const CLI_HELP_TEMPLATE_COMMANDS: &str =
    "{about-with-newline}\n用法：{usage}\n\n命令：\n{subcommands}\n\n选项：\n{options}{after-help}";
pub const CLI_HELP_TEMPLATE: &str =
    "{about-with-newline}\n用法：{usage}\n\n选项：\n{options}{after-help}";
pub const CLI_HELP_FLAG: &str = "显示帮助";
pub const CLI_VERSION_FLAG: &str = "显示版本号";

pub fn cli_help_choices(choices: &str) -> String {
    format!("（可选：{choices}）")
}

pub fn cli_help_default(default: &str) -> String {
    format!("（默认：{default}）")
}

pub fn cli_help_env(var: &str) -> String {
    format!("（也可用环境变量 {var}）")
}

pub fn cli_see_help(command: &str) -> String {
    format!("用 {command} --help 查看用法。")
}

/// `--month（月份，如 2026-11）`, or the bare argument when it has no help.
pub fn cli_arg_with_help(arg: &str, help: Option<&str>) -> String {
    match help {
        Some(h) if !h.is_empty() => format!("{arg}（{h}）"),
        _ => arg.to_string(),
    }
}

pub fn cli_missing_args(args: &str) -> String {
    format!("缺少参数 {args}")
}

pub fn cli_missing_command(command: &str, choices: &str) -> String {
    format!("{command} 后面要写命令：{choices}")
}

pub fn cli_unknown_command(word: &str, choices: &str) -> String {
    if choices.is_empty() {
        format!("不认识的命令“{word}”")
    } else {
        format!("不认识的命令“{word}”，可用的命令：{choices}")
    }
}

pub fn cli_unknown_arg(arg: &str, suggested: Option<&str>) -> String {
    match suggested {
        Some(s) => format!("不认识的参数 {arg}，是不是要写 {s}？"),
        None => format!("不认识的参数 {arg}"),
    }
}

pub fn cli_empty_value(arg: &str, choices: &str) -> String {
    if choices.is_empty() {
        format!("参数 {arg} 后面要写一个值")
    } else {
        format!("参数 {arg} 后面要写一个值，可选：{choices}")
    }
}

pub fn cli_bad_choice(arg: &str, value: &str, choices: &str) -> String {
    format!("参数 {arg} 的值“{value}”不对，可选：{choices}")
}

pub fn cli_bad_value(arg: &str, value: &str, reason: Option<&str>) -> String {
    match reason {
        Some(r) => format!("参数 {arg} 的值“{value}”不对：{r}"),
        None => format!("参数 {arg} 的值“{value}”不对"),
    }
}

pub fn cli_conflict(arg: &str, other: &str) -> String {
    format!("参数 {arg} 和 {other} 不能同时使用，只写其中一个")
}

pub fn cli_repeated(arg: &str) -> String {
    format!("参数 {arg} 只能写一次")
}

pub fn cli_bad_command_line(arg: &str) -> String {
    if arg.is_empty() {
        "命令行的写法不对".to_string()
    } else {
        format!("参数 {arg} 的写法不对")
    }
}

pub const CLI_NOT_UTF8: &str = "命令行里有无法识别的文字（不是 UTF-8 编码）";
pub const CLI_NOT_A_COUNT: &str = "应为不小于 0 的整数，如 1";
pub const CLI_COUNT_TOO_BIG: &str = "数字太大";

// ---- The PDF font built into the program ---------------------------------

/// Stands for the built-in font where a font file's path would be shown.
pub const REPORT_FONT_BUILT_IN: &str = "（内置字体 Noto Sans CJK SC）";

//! The command line.

// ---- command line ------------------------------------------------------------------------
pub const CLI_ABOUT: &str = "司法所窗口：纠纷受理、法律明白人、社区矫正、安置帮教、服务台账";
pub const CLI_NO_DATA_DIR: &str = "找不到本机的数据目录，请用 --db 指定数据库文件";

pub fn cli_init_done(name: &str, code: &str, operator: &str) -> String {
    format!("已建立司法所：{name}（代码 {code}），操作员：{operator}")
}

pub fn cli_already_set_up(name: &str, code: &str) -> String {
    format!("这个数据库已设置为 {name}（代码 {code}），没有做任何改动。")
}

pub fn cli_field_error(label: &str, message: &str) -> String {
    format!("{label}：{message}")
}

pub const CLI_DEMO_REFUSED: &str =
    "这个数据库里已有真实记录，示例数据只能写入新文件。请用 --db 指定一个新文件。";
pub const CLI_DEMO_ALREADY: &str = "这个数据库已经有示例数据，没有再写入。";

/// `tallies`: each module's records (`纠纷 12 件`), in the order of the tabs.
pub fn cli_demo_done(offices: usize, persons: usize, tallies: &[String]) -> String {
    let mut line = format!("已生成示例数据：{offices} 个司法所，{persons} 人");
    for tally in tallies {
        line.push('，');
        line.push_str(tally);
    }
    line.push('。');
    line
}

pub fn cli_failed(message: &str) -> String {
    format!("出错：{message}")
}

pub const ERR_TERMINAL: &str = "终端出错";
pub const CLI_NOT_SET_UP: &str =
    "这个数据库还没有设置司法所。请先运行 sifa-desk init 或打开界面完成设置。";

pub fn cli_no_database(path: &str) -> String {
    format!("数据库文件不存在：{path}。请检查 --db 或 SIFA_DESK_DB。")
}

pub const CLI_READ_ONLY_BANNER: &str = "只读";

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

/// An older database file is being upgraded (before the TUI opens).
pub fn cli_upgrading(from: i64, to: i64) -> String {
    format!("正在升级数据库文件（第 {from} 版 → 第 {to} 版），文件大时需要几分钟，请勿关闭……")
}

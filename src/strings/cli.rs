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

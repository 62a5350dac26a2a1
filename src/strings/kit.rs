//! The shared pieces of every tab: list commands, the print menu, record screens.

pub const ACT_CHOOSE: &str = "选择";
pub const ACT_FILTER: &str = "筛选";
pub const ACT_CLEAR_FILTER: &str = "清除筛选";
/// After the header of a filtered list.
pub const LIST_FILTERED_MARK: &str = "（已筛选，Esc 清除）";

/// A line of the F9 menu: what is printed and in which format.
pub fn print_menu_line(label: &str, extension: &str) -> String {
    match extension {
        "pdf" => format!("{label}（PDF）"),
        "xlsx" => format!("{label} Excel（XLSX）"),
        "csv" => format!("{label} CSV"),
        _ => format!("{label} 文本（TXT）"),
    }
}

/// The title of a section of a record screen, with its count.
pub fn record_section_title(title: &str, count: usize) -> String {
    format!("{title}（{count}）")
}
pub const RECORD_SECTION_EMPTY: &str = "（无）";
pub const RECORD_NO_ACTIONS: &str = "当前状态下没有可办理的事项";
pub const RECORD_NEXT_SECTION: &str = "下一栏目";
/// Under a record screen with more below: "↓ 还有 12 行".
pub fn record_more_below(arrow: &str, lines: usize) -> String {
    format!("{arrow} 还有 {lines} 行（PgDn 下一页）")
}

// ---- modules -------------------------------------------------------------------------------
pub const MODULE_DISPUTES: &str = "纠纷受理";
pub const MODULE_LEGAL_LITERATE: &str = "法律明白人";
pub const MODULE_CORRECTIONS: &str = "社区矫正";
pub const MODULE_RESETTLEMENT: &str = "安置帮教";
pub const MODULE_LEDGER: &str = "服务台账";
pub fn role_disputes(n: i64) -> String {
    format!("纠纷{n}件")
}
pub fn role_legal_literate(_n: i64) -> String {
    "法律明白人".to_string()
}
pub fn role_corrections(_n: i64) -> String {
    "社区矫正".to_string()
}
pub fn role_resettlement(_n: i64) -> String {
    "安置帮教".to_string()
}
pub fn role_ledger(n: i64) -> String {
    format!("台账{n}次")
}
pub const MSG_NOTHING_TO_PRINT: &str = "这里没有可打印的内容";
pub const HELP_DIGITS: &str = "数字";
pub const HELP_LETTERS: &str = "拼音字母";
pub const HELP_SPACE: &str = "Space";
pub const HELP_CHOOSE_BY_DIGIT: &str = "在选项栏：按序号选第几项（两位数连着按）";
pub const HELP_CHOOSE_BY_PINYIN: &str = "在选项栏：按拼音首字母或全拼跳到该项，如 hz → 汉族";
pub const HELP_TICK: &str = "在多选栏：勾选或取消当前项";

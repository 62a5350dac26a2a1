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

// ---- periods of the F9 menus ---------------------------------------------------------------
/// A period as the menus name it: "2026-11" (a whole month), "2026-11-02" (a day), or a range.
pub fn period_range(from: &str, to: &str) -> String {
    format!("{from} 至 {to}")
}
/// The F9 line that asks for another month or range first.
pub const PRINT_ASK_PERIOD: &str = "其他月份或时段…";
/// The F9 line that asks for another month first (statistics are by month).
pub const PRINT_ASK_MONTH: &str = "其他月份…";
pub const PRINT_PERIOD_TITLE: &str = "打印哪个月份或时段（月份如 202611 即整月）";
pub const PRINT_PERIOD_FROM: &str = "月份或起日";
pub const PRINT_PERIOD_TO: &str = "止日（整月不填）";
pub const PRINT_PERIOD_NEEDS_TO: &str = "起日之后须填止日，或在上一项只填月份";
pub const PRINT_PERIOD_NOT_A_MONTH: &str = "统计按整月：请只填月份（如 202611）";

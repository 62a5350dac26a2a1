//! The grid for one-sitting entry (a month's check-ins, a training's attendees, a month's
//! payments), and the hours its cells take.

// ---- hours -------------------------------------------------------------------------------
pub const HOURS_EMPTY: &str = "时数不能为空";
pub const HOURS_NOT_NUMBER: &str = "时数只能写数字，最多一位小数，如 2 或 1.5";
pub const HOURS_NEGATIVE: &str = "时数不能是负数";
pub const HOURS_TOO_PRECISE: &str = "时数最多一位小数，如 1.5";

pub fn hours_over_max(max: &str) -> String {
    format!("不能超过 {max} 小时")
}

// ---- cells -------------------------------------------------------------------------------
pub fn grid_count_over_max(max: u32) -> String {
    format!("不能超过 {max}")
}

pub fn grid_money_over_max(max: &str) -> String {
    format!("不能超过 {max} 元")
}

pub const GRID_TICK_YES: &str = "[x]";
pub const GRID_TICK_NO: &str = "[ ]";
/// A tick column's default, and an empty one, in the F5 message.
pub const GRID_TICKED: &str = "已勾选";
pub const GRID_UNTICKED: &str = "不勾选";
pub const GRID_BLANK: &str = "空白";

/// A cell's error in its row's message: which column, and what is wrong.
pub fn grid_cell_error(column: &str, message: &str) -> String {
    format!("{column}：{message}")
}

// ---- the grid screen ---------------------------------------------------------------------
pub const GRID_EMPTY: &str = "（没有要录入的行）";
pub const GRID_FILTER_TITLE: &str = "按分组筛选";
pub const GRID_FILTER_ALL: &str = "全部";
pub const GRID_NO_GROUP: &str = "（未分组）";
pub const GRID_NO_GROUPS: &str = "各行同属一组，无需筛选";
pub const GRID_NO_DEFAULT: &str = "这一列没有默认值，不能整列填入";
pub const GRID_NO_TICK: &str = "这张表没有可勾选的列";
pub const GRID_CONFIRM_DISCARD: &str = "表格有未保存的修改，放弃这些修改吗？";
pub const GRID_UNFILTERED: &str = "已取消筛选，显示全部行";

pub fn grid_filter_item(group: &str, rows: usize) -> String {
    format!("{group}（{rows} 行）")
}

pub fn grid_filtered(group: &str, rows: usize) -> String {
    format!("只显示「{group}」的 {rows} 行，Esc 取消筛选")
}

pub fn grid_filled(column: &str, value: &str, rows: usize) -> String {
    format!("已将显示的 {rows} 行的「{column}」填为 {value}")
}

pub fn grid_has_errors(rows: usize) -> String {
    format!("有 {rows} 行有错误，未保存；光标已移到第一处")
}

pub fn grid_refused(rows: usize) -> String {
    format!("有 {rows} 行未能保存，整表都没有保存；原因写在各行下面")
}

pub fn grid_saved(rows: usize) -> String {
    format!("已保存 {rows} 行")
}

/// The line under the rows: how many are shown, how many ticked, the filter.
pub fn grid_count(
    shown: usize,
    total: usize,
    ticked: Option<usize>,
    filter: Option<&str>,
) -> String {
    let mut line = if shown == total {
        format!("共 {total} 行")
    } else {
        format!("显示 {shown}/{total} 行")
    };
    if let Some(n) = ticked {
        line.push_str(&format!("  已勾选 {n}"));
    }
    if let Some(group) = filter {
        line.push_str(&format!("  筛选：{group}"));
    }
    line
}

/// Where the caret is among the shown rows.
pub fn grid_position(at: usize, shown: usize) -> String {
    format!("第 {at}/{shown} 行")
}

// ---- keys --------------------------------------------------------------------------------
pub const ACT_NEXT_ROW: &str = "下一行（同一列）";
pub const ACT_TICK: &str = "勾选本行";
pub const ACT_FILL_COLUMN: &str = "整列填默认值";
pub const ACT_GRID_FILTER: &str = "按村/组筛选";

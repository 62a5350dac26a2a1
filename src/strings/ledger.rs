//! 服务台账: its rules, its tab and its printouts.

// ---- domain: ledger -----------------------------------------------------------------------
pub const LEDGER_FUTURE_TIME: &str = "时间不能晚于现在";
pub const LEDGER_STALE_TIME: &str = "时间早于一年前，请核对年份（台账只补登一年内的来访）";
pub const LEDGER_NO_VISITOR: &str = "请选择来访人（Enter 查找），或写姓名；不愿留名写“匿名”";
pub const LEDGER_REFERRED_WHERE: &str = "处理结果为转交时，请写转交去向";

// ---- ledger (服务台账) ----------------------------------------------------------------------
pub const LEDGER_TITLE: &str = "服务台账";
pub const LEDGER_NEW: &str = "服务台账：新登记";
pub const LEDGER_EDIT: &str = "服务台账：修改登记";
pub const LEDGER_FILTER_TITLE: &str = "查找台账（Esc 在列表中清除查找）";
pub const LEDGER_COL_TIME: &str = "时间";
pub const LEDGER_COL_CHANNEL: &str = "渠道";
pub const LEDGER_COL_SERVICE: &str = "服务类型";
pub const LEDGER_COL_VISITOR: &str = "来访人";
pub const LEDGER_COL_MATTER: &str = "事项类别";
pub const LEDGER_COL_OUTCOME: &str = "处理结果";
pub const LEDGER_COL_SUMMARY: &str = "事项摘要";
pub const LEDGER_F_TIME: &str = "时间";
pub const LEDGER_F_GROUPS: &str = "特殊群体";
pub const LEDGER_F_REFERRED: &str = "转交去向";
pub const LEDGER_F_FOLLOW_UP: &str = "需回访";
pub const LEDGER_F_SATISFACTION: &str = "满意度";
pub const LEDGER_F_HANDLER: &str = "经办人";
pub const LEDGER_F_FROM: &str = "从";
pub const LEDGER_F_TO: &str = "到";
pub const LEDGER_F_VISITOR_QUERY: &str = "来访人（姓名/拼音/身份证号）";
pub const LEDGER_F_TEXT: &str = "摘要包含";
pub const LEDGER_RANGE_BACKWARDS: &str = "结束日期不能早于开始日期";
pub const LEDGER_OUTCOME_REFERRED_LABEL: &str = "转交";
pub const LEDGER_REFERRED_NOTE: &str = "转交时必填";
pub const LEDGER_EMPTY_TODAY: &str = "今天还没有登记。按 F2 登记第一位来访人。";
pub const LEDGER_EMPTY_FILTER: &str = "没有符合条件的登记。按 Esc 回到今天。";

pub fn ledger_today(date: &str) -> String {
    format!("今日 {date}")
}

pub fn ledger_range(from: &str, to: &str) -> String {
    format!("{from} 至 {to}")
}

pub fn ledger_header(period: &str, total: i64, by_service: &str) -> String {
    if total == 0 {
        format!("{period} 共 0 条")
    } else {
        format!("{period} 共 {total} 条：{by_service}")
    }
}

// ---- report: ledger -----------------------------------------------------------------------
pub const REPORT_DAILY_TITLE: &str = "服务台账";
pub const REPORT_MONTHLY_TITLE: &str = "公共法律服务月度统计";
pub const REPORT_SIGNATURES: [&str; 3] = ["经办人", "审核人", "日期"];
pub const REPORT_COL_NO: &str = "序号";
pub const REPORT_COL_SUMMARY: &str = "摘要";
pub const REPORT_DAILY_EMPTY: &str = "本日无登记";
pub const REPORT_MONTHLY_EMPTY: &str = "本月无登记";
pub const REPORT_TOTAL: &str = "合计";
pub const REPORT_VOIDED_NONE: &str = "当日没有作废的登记";

/// The caption of the day's voided entries: counted apart from the totals above.
pub fn report_voided_caption(n: usize) -> String {
    format!("当日作废的登记（{n} 条，不计入以上合计）")
}
pub const REPORT_BY_SERVICE: &str = "按服务类型";
pub const REPORT_BY_CHANNEL: &str = "按渠道";
pub const REPORT_BY_SATISFACTION: &str = "满意度";
pub const REPORT_BY_MATTER: &str = "按事项类别";
pub const REPORT_BY_GROUP: &str = "按特殊群体";
pub const REPORT_SERVICE_BY_CHANNEL: &str = "服务类型 × 渠道";
pub const REPORT_SATISFACTION_RATE: &str = "满意率（满意+基本满意）";
pub const REPORT_KPI: &str = "服务人次（每十万常住人口）";
pub const REPORT_KPI_SCOPE: &str = "统计口径";
pub const REPORT_POPULATION: &str = "常住人口";
pub const REPORT_KPI_MONTH: &str = "本月人次";
pub const REPORT_KPI_MONTH_RATE: &str = "本月每十万人";
pub const REPORT_KPI_MONTH_TARGET: &str = "本月目标（按比例）";
pub const REPORT_KPI_YTD: &str = "年初至今人次";
pub const REPORT_KPI_YTD_RATE: &str = "年初至今每十万人";
pub const REPORT_KPI_YTD_TARGET: &str = "年初至今目标（按比例）";

pub fn report_summary_referred(summary: &str, to: &str) -> String {
    format!("{summary}（转交：{to}）")
}

pub fn report_saved(path: &str) -> String {
    format!("已生成：{path}")
}

pub fn report_printed(path: &str) -> String {
    format!("已送打印机（文件：{path}）")
}

pub fn report_print_failed(path: &str, why: &str) -> String {
    format!("打印没有成功：{why}。文件已保存：{path}")
}

pub const REPORT_WORKING: &str = "正在生成，请稍候";
pub const REPORT_BAD_MONTH: &str = "月份格式不对，请写成 2026-11";
pub const REPORT_MENU_TITLE: &str = "打印导出";
/// F9: the ledger of a day.
pub fn ledger_print_day(day: &str) -> String {
    format!("{day} 台账")
}
/// F9: the statistics of a month.
pub fn ledger_print_month(month: &str) -> String {
    format!("{month} 月度统计")
}
pub const LEDGER_NEW_CMD: &str = "登记来访";
pub const LEDGER_OPEN: &str = "修改";

pub fn report_unknown_office(code: &str) -> String {
    format!("这个数据库里没有机构代码为 {code} 的司法所")
}

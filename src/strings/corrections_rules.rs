//! 社区矫正 rules: what the alerts say, in full and as a register column's short mark.

// Alerts in full.
pub fn corr_alert_report_overdue(days: i64) -> String {
    format!("逾期未报到{days}天")
}
pub const CORR_ALERT_NO_CHECKIN: &str = "上月未报到";
pub const CORR_ALERT_DUTY_SHORT: &str = "上月未达到管理等级要求";
pub fn corr_alert_end_papers(days: i64) -> String {
    if days == 0 {
        "今天期满：须做矫正小结、鉴定和安置帮教建议".to_string()
    } else {
        format!("还有{days}天期满：须做矫正小结、鉴定和安置帮教建议")
    }
}
pub fn corr_alert_release(days: i64) -> String {
    match days {
        0 => "今天期满：准备解矫宣告".to_string(),
        d if d < 0 => format!("已过期满日{}天仍在矫", -d),
        d => format!("还有{d}天期满：准备解矫宣告"),
    }
}
pub fn corr_alert_tag_ending(days: i64) -> String {
    match days {
        0 => "电子定位今天到期".to_string(),
        d if d < 0 => format!("电子定位已过期{}天", -d),
        d => format!("电子定位{d}天后到期"),
    }
}
pub const CORR_ALERT_MEDICAL_REPORT: &str = "本月病情报告未交";
pub const CORR_ALERT_RECHECK: &str = "病情复查已到期";

// Alerts as a register column's mark, 2–4 characters, joined by CORR_ALERT_JOIN.
pub const CORR_ALERT_SHORT_REPORT: &str = "未报到";
pub const CORR_ALERT_SHORT_NO_CHECKIN: &str = "缺报";
pub const CORR_ALERT_SHORT_DUTY: &str = "未达标";
pub const CORR_ALERT_SHORT_END_PAPERS: &str = "将期满";
pub const CORR_ALERT_SHORT_RELEASE: &str = "解矫";
pub const CORR_ALERT_SHORT_TAG: &str = "定位";
pub const CORR_ALERT_SHORT_MEDICAL: &str = "病报";
pub const CORR_ALERT_SHORT_RECHECK: &str = "复查";
pub const CORR_ALERT_JOIN: &str = "·";

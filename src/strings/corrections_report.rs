//! 社区矫正 printouts: the sign-in sheets, the monthly summary, a subject's record, their F9
//! lines and the `report corrections …` messages.

// ---- titles -------------------------------------------------------------------------------
pub const CRPT_SIGN_IN_TITLE: &str = "社区矫正集中教育签到表";
/// Minors sign a sheet of their own (社区矫正法 art. 54): never the adults' one.
pub const CRPT_SIGN_IN_MINORS_TITLE: &str = "社区矫正未成年人签到表";
pub const CRPT_MONTHLY_TITLE: &str = "社区矫正月度汇总";
pub const CRPT_RECORD_TITLE: &str = "社区矫正对象档案";

// ---- shared -------------------------------------------------------------------------------
pub const CRPT_COL_NAME: &str = "姓名";
pub const CRPT_COL_CATEGORY: &str = "类别";
pub const CRPT_COL_LEVEL: &str = "等级";
pub const CRPT_NONE: &str = "—";
pub const CRPT_YES: &str = "是";
pub const CRPT_NO: &str = "否";
/// A blank to fill in by hand.
pub const CRPT_BLANK: &str = "____________________";

pub fn crpt_month(year: i32, month: u32) -> String {
    format!("{year}年{month:02}月")
}

/// "撤销缓刑（2026-05-01）".
pub fn crpt_with_note(text: &str, note: &str) -> String {
    format!("{text}（{note}）")
}

pub fn crpt_span(from: &str, to: &str) -> String {
    format!("{from}至{to}")
}

// ---- sign-in sheet ------------------------------------------------------------------------
pub const CRPT_COL_HOURS: &str = "学时";
pub const CRPT_COL_SIGNATURE: &str = "签名";
pub const CRPT_SESSION: &str = "集中教育";
pub const CRPT_SESSION_TIME: &str = "时间";
pub const CRPT_SESSION_PLACE: &str = "地点";
pub const CRPT_SESSION_TOPIC: &str = "内容";
pub const CRPT_SESSION_TEACHER: &str = "授课人";
pub const CRPT_SIGN_IN_EMPTY: &str = "本月无在矫对象";
pub const CRPT_SIGN_IN_MINORS_EMPTY: &str = "本月无未成年矫正对象";
pub const CRPT_SIGN_IN_MINORS_NOTE: &str = "未成年社区矫正对象单独签到，身份信息依法保密（社区矫正法第五十四条），本表不得与成年人签到表合并、张贴或公开。";
pub const CRPT_PERSONS: &str = "人数";

pub fn crpt_sign_in_period(month: &str) -> String {
    format!("{month}集中教育")
}

// ---- monthly summary ----------------------------------------------------------------------
pub const CRPT_COL_PHONE: &str = "电话";
pub const CRPT_COL_IN_PERSON: &str = "当面";
pub const CRPT_COL_WRITTEN: &str = "书面";
pub const CRPT_COL_TALKS: &str = "谈话";
pub const CRPT_COL_VISITS: &str = "走访";
pub const CRPT_COL_EDUCATION: &str = "教育学时";
pub const CRPT_COL_SERVICE: &str = "公益学时";
pub const CRPT_COL_ASSESSMENT: &str = "考核";
pub const CRPT_COL_SHORTFALLS: &str = "未达等级要求";
pub const CRPT_COL_ALERTS: &str = "预警";
pub const CRPT_MONTHLY_EMPTY: &str = "本月无成年在矫对象";
pub const CRPT_NOT_CHECKED_IN: &str = "本月未报到";
pub const CRPT_TOTALS: &str = "合计（不含未成年人）";
pub const CRPT_IN_CORRECTION: &str = "在矫人数";
pub const CRPT_CHECKED_IN: &str = "已报到";
pub const CRPT_MISSING: &str = "未报到";
pub const CRPT_WITH_SHORTFALLS: &str = "未达等级要求";
pub const CRPT_PROPOSALS: &str = "本月提请";
pub const CRPT_PROPOSALS_BY_MEASURE: &str = "本月提请（按措施）";

pub fn crpt_alerts_caption(as_of: &str) -> String {
    format!("预警截至 {as_of}")
}

/// The minors of the month, counted but never named in the summary.
pub fn crpt_minors_line(n: usize) -> String {
    format!("未成年人 {n} 名（另行管理，不在本表列名）")
}

pub fn crpt_score(score: u32) -> String {
    format!("{score}分")
}
pub fn crpt_score_failed(score: u32) -> String {
    format!("{score}分（不合格）")
}

/// "电话报告 应4 实2".
pub fn crpt_shortfall(duty: &str, required: &str, done: &str) -> String {
    format!("{duty} 应{required} 实{done}")
}

// Alerts.
pub const CRPT_ALERT_NO_CHECKIN: &str = "上月未报到";
pub const CRPT_ALERT_DUTY_SHORT: &str = "上月未达等级要求";
pub const CRPT_ALERT_MEDICAL_REPORT: &str = "须交病情报告";
pub const CRPT_ALERT_RECHECK: &str = "须病情复查";
pub const CRPT_ALERT_TAG_ENDED: &str = "电子定位审批已到期";

pub fn crpt_alert_report_overdue(days: i64) -> String {
    format!("逾期未报到{days}天")
}

pub fn crpt_alert_end_papers(days: i64) -> String {
    format!("{days}天后期满，须写总结、鉴定和帮教建议")
}

pub fn crpt_alert_release(days: i64) -> String {
    format!("{days}天后期满，须解矫宣告")
}

pub fn crpt_alert_tag_ending(days: i64) -> String {
    format!("电子定位{days}天后到期")
}

// ---- a subject's record -------------------------------------------------------------------
pub const CRPT_PERSON: &str = "基本情况";
pub const CRPT_CORRECTION: &str = "矫正情况";
pub const CRPT_MINOR: &str = "未成年人";
pub const CRPT_MINOR_NOTE: &str =
    "未成年社区矫正对象档案，依法保密（社区矫正法第五十四条），不得向无关人员提供。";
pub const CRPT_F_CATEGORY: &str = "矫正类别";
pub const CRPT_F_CRIME: &str = "罪名";
pub const CRPT_F_SENTENCE: &str = "原判刑期";
pub const CRPT_F_DECIDED_BY: &str = "决定机关";
pub const CRPT_F_RUNS_FROM: &str = "判决生效（出监）日期";
pub const CRPT_F_PAPERS_ON: &str = "法律文书收到日期";
pub const CRPT_F_REPORTED_ON: &str = "报到日期";
pub const CRPT_F_DOMICILE: &str = "户籍地";
pub const CRPT_F_RESIDENCE: &str = "居住地";
pub const CRPT_F_TERM: &str = "矫正期限";
pub const CRPT_F_LEVEL: &str = "管理等级";
pub const CRPT_F_STATUS: &str = "状态";
pub const CRPT_F_TEAM: &str = "矫正小组";
pub const CRPT_F_ANNOUNCED_ON: &str = "入矫宣告日期";
pub const CRPT_F_BAN: &str = "禁止令";
pub const CRPT_F_UNABLE_TO_WORK: &str = "无劳动能力（免公益）";
pub const CRPT_F_MEDICAL: &str = "保外就医";
pub const CRPT_F_ENDED: &str = "解矫（终止）";
pub const CRPT_F_END_PAPERS_ON: &str = "期满材料日期";
pub const CRPT_F_ASSESSMENT: &str = "矫正期间表现及鉴定";
pub const CRPT_F_HANDOVER: &str = "安置帮教建议";

pub const CRPT_LEVELS: &str = "管理等级变更";
pub const CRPT_COL_PROPOSED_ON: &str = "提请日期";
pub const CRPT_COL_FROM: &str = "原等级";
pub const CRPT_COL_TO: &str = "调整为";
pub const CRPT_COL_REASON: &str = "理由";
pub const CRPT_COL_REVIEWER: &str = "提请人";
pub const CRPT_COL_DECISION: &str = "审批结果";
pub const CRPT_COL_DECIDED_ON: &str = "审批日期";
pub const CRPT_COL_APPROVER: &str = "审批人";
pub const CRPT_COL_DOC_NO: &str = "文号";
pub const CRPT_DECISION_PENDING: &str = "待审批";
pub const CRPT_DECISION_APPROVED: &str = "批准";
pub const CRPT_DECISION_REJECTED: &str = "不批准";
pub const CRPT_NO_LEVELS: &str = "无等级变更";

pub const CRPT_CHECKINS: &str = "月度报到";
pub const CRPT_COL_MONTH: &str = "月份";
pub const CRPT_COL_SESSION: &str = "参加集中教育";
pub const CRPT_COL_NOTE: &str = "备注";
pub const CRPT_NO_CHECKINS: &str = "尚无月度报到记录";

pub const CRPT_INCIDENTS: &str = "奖惩及提请";
pub const CRPT_COL_DATE: &str = "日期";
pub const CRPT_COL_INCIDENT: &str = "事由";
pub const CRPT_COL_DAYS: &str = "天数";
pub const CRPT_COL_FACTS: &str = "事实经过";
pub const CRPT_COL_MEASURE: &str = "措施";
pub const CRPT_COL_STATE: &str = "办理情况";
pub const CRPT_COL_RESULT: &str = "决定";
pub const CRPT_NO_INCIDENTS: &str = "无奖惩记录";

pub const CRPT_APPROVALS: &str = "请假及审批";
pub const CRPT_COL_KIND: &str = "事项";
pub const CRPT_COL_ASKED_ON: &str = "申请日期";
pub const CRPT_COL_START: &str = "起";
pub const CRPT_COL_END: &str = "止";
pub const CRPT_COL_GRANTED: &str = "批准";
pub const CRPT_NO_APPROVALS: &str = "无请假审批";

pub const CRPT_TAGS: &str = "电子定位";
pub const CRPT_COL_APPROVED_ON: &str = "批准日期";
pub const CRPT_NO_TAGS: &str = "未使用电子定位";

pub const CRPT_MEDICAL: &str = "保外就医病情报告及复查";
pub const CRPT_COL_HOSPITAL: &str = "医院";
pub const CRPT_COL_MEDICAL_RESULT: &str = "结果";
pub const CRPT_NO_MEDICAL: &str = "无病情报告";

/// The record's file is named after the subject's internal number, never the name.
pub fn crpt_record_file(id: i64) -> String {
    format!("编号{id}")
}

// ---- F9 and the command line --------------------------------------------------------------
pub fn crpt_print_sign_in(month: &str) -> String {
    format!("{month} 签到表")
}

pub fn crpt_print_sign_in_minors(month: &str) -> String {
    format!("{month} 未成年人签到表")
}

pub fn crpt_print_monthly(month: &str) -> String {
    format!("{month} 月度汇总")
}

pub const CRPT_PRINT_RECORD: &str = "选中对象的档案";

pub const CRPT_READING_CATEGORIES: &str = "读取矫正类别";
pub const CRPT_READING_PROPOSALS: &str = "读取提请记录";
pub const CRPT_READING_SUBJECT: &str = "读取矫正对象";

pub fn crpt_unknown_subject(id: i64) -> String {
    format!("没有找到编号为 {id} 的矫正对象（或已作废）")
}

// 集中入矫宣告.
pub const CRPT_ANNOUNCE_TITLE: &str = "社区矫正集中入矫宣告签名表";
pub const CRPT_ANNOUNCE_EMPTY: &str = "该月没有新入矫的成年对象";
pub const CRPT_ANNOUNCER: &str = "宣告人";
pub const CRPT_COL_TERM: &str = "矫正期限";
pub fn crpt_term(start: &str, end: &str) -> String {
    format!("{start} 至 {end}")
}
pub fn crpt_announce_period(month: &str) -> String {
    format!("{month}新入矫对象")
}
pub fn crpt_print_announcement(month: &str) -> String {
    format!("集中入矫宣告签名表（{month} 新入矫，不含未成年人）")
}

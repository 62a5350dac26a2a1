//! 纠纷受理: its rules, its tab and its printouts.

// ---- domain: disputes ----------------------------------------------------------------------
pub const DISPUTE_STATUS_REGISTERED: &str = "登记";
pub const DISPUTE_STATUS_REJECTED: &str = "不予受理";
pub const DISPUTE_STATUS_MEDIATING: &str = "调解中";
pub const DISPUTE_STATUS_PERFORMING: &str = "履行中";
pub const DISPUTE_STATUS_PERFORMED: &str = "履行完毕";
pub const DISPUTE_STATUS_NOT_PERFORMED: &str = "未履行";
pub const DISPUTE_STATUS_TERMINATED: &str = "调解终止";
pub const DISPUTE_STATUS_ARCHIVED: &str = "已归档";

pub const DISPUTE_ACT_ACCEPT: &str = "受理";
pub const DISPUTE_ACT_REJECT: &str = "不予受理";
pub const DISPUTE_ACT_SESSION: &str = "记录调解";
pub const DISPUTE_ACT_EXTEND: &str = "延期";
pub const DISPUTE_ACT_AGREE: &str = "达成协议";
pub const DISPUTE_ACT_TERMINATE: &str = "调解终止";
pub const DISPUTE_ACT_PERFORMANCE: &str = "记录履行";
pub const DISPUTE_ACT_FOLLOW_UP: &str = "回访";
pub const DISPUTE_ACT_CONFIRMATION: &str = "申请司法确认";
pub const DISPUTE_ACT_ARCHIVE: &str = "归档";

pub const DISPUTE_AGREEMENT_ORAL: &str = "口头";
pub const DISPUTE_AGREEMENT_WRITTEN: &str = "书面";
pub const DISPUTE_PERFORMANCE_FULL: &str = "履行完毕";
pub const DISPUTE_PERFORMANCE_PARTIAL: &str = "部分履行";
pub const DISPUTE_PERFORMANCE_NONE: &str = "未履行";

pub const DISPUTE_DEADLINE_MEDIATION: &str = "调解期限";
pub const DISPUTE_DEADLINE_FOLLOW_UP: &str = "回访";
pub const DISPUTE_DEADLINE_CONFIRMATION: &str = "司法确认";
pub const DISPUTE_DUE_TODAY: &str = "今天到期";

pub fn dispute_days_left(days: i64) -> String {
    format!("剩{days}天")
}

pub fn dispute_days_over(days: i64) -> String {
    format!("逾期{days}天")
}

pub fn dispute_case_number(year: i32, prefix: &str, seq: &str) -> String {
    format!("〔{year}〕{prefix}人调字第{seq}号")
}

pub fn dispute_not_allowed(status: &str, action: &str) -> String {
    format!("「{status}」的纠纷不能{action}")
}

pub fn dispute_before_registration(date: &str) -> String {
    format!("日期不能早于登记日期（{date}）")
}

pub fn dispute_before_acceptance(date: &str) -> String {
    format!("日期不能早于受理日期（{date}）")
}

pub fn dispute_before_agreement(date: &str) -> String {
    format!("日期不能早于达成协议的日期（{date}）")
}

pub fn dispute_before_closing(date: &str) -> String {
    format!("归档日期不能早于办结日期（{date}）")
}

pub fn dispute_before_follow_up(date: &str) -> String {
    format!("归档日期不能早于回访日期（{date}）")
}

pub fn dispute_due_not_later(date: &str) -> String {
    format!("延期后的调解期限应晚于 {date}")
}

pub fn dispute_perform_by_early(date: &str) -> String {
    format!("履行期限不能早于达成协议的日期（{date}）")
}

pub const DISPUTE_NEEDS_WRITTEN: &str = "只有书面调解协议才能申请司法确认";

pub fn dispute_confirmation_closed(days: i64, date: &str) -> String {
    format!("司法确认应在协议生效后{days}日内申请，已于 {date} 截止")
}

pub fn dispute_already_applied(date: &str) -> String {
    format!("已于 {date} 申请过司法确认")
}

pub const DISPUTE_FOLLOW_UP_FIRST: &str = "归档前请先回访";

pub const CREDIT_CODE_EMPTY: &str = "统一社会信用代码不能为空";

pub fn credit_code_length(count: usize) -> String {
    format!("统一社会信用代码应为18位，现为{count}位")
}

pub fn credit_code_bad_char(position: usize, found: char) -> String {
    format!(
        "统一社会信用代码第{position}位“{found}”不是有效字符（只用数字和大写字母，不用 I、O、Z、S、V）"
    )
}

pub fn credit_code_bad_check(expected: char) -> String {
    format!("统一社会信用代码校验位错误（应为{expected}），请核对是否输错")
}

pub const DISPUTE_REGISTERED_IN_FUTURE: &str = "登记日期不能晚于今天";
pub const DISPUTE_NO_REFERRER: &str = "案件来源为委托移送时，请写移送单位";
pub const DISPUTE_NO_APPLICANT: &str = "至少要有一位申请人";
pub const DISPUTE_NO_RESPONDENT: &str = "至少要有一位被申请人";
pub const DISPUTE_NO_MEDIATOR: &str = "至少要有一位调解员";
pub const DISPUTE_ORG_NO_NAME: &str = "单位名称不能为空";
pub const DISPUTE_ORG_UNNAMED: &str = "未写名称的单位";
/// Joins several problems reported at one field.
pub const DISPUTE_PROBLEM_SEP: &str = "；";

pub fn dispute_party_problem(name: &str, problem: &str) -> String {
    format!("「{name}」：{problem}")
}

pub fn dispute_party_twice(name: &str) -> String {
    format!("「{name}」填写了两次")
}

pub fn dispute_both_sides(name: &str) -> String {
    format!("「{name}」不能既是申请人又是被申请人")
}

// ---- disputes (纠纷受理) ---------------------------------------------------------------------
pub const DISPUTE_NEW: &str = "纠纷受理：登记";
pub const DISPUTE_FILTER_TITLE: &str = "查找纠纷（Esc 在列表中清除查找）";
pub const DISPUTE_COL_CASE_NO: &str = "案号";
pub const DISPUTE_COL_REGISTERED_SHORT: &str = "登记";
pub const DISPUTE_COL_KIND: &str = "纠纷类型";
pub const DISPUTE_COL_STATUS: &str = "状态";
pub const DISPUTE_COL_DAYS: &str = "天数";
pub const DISPUTE_COL_FLAG: &str = "期限";
pub const DISPUTE_COL_MEDIATOR: &str = "调解员";
pub const DISPUTE_COL_PARTIES: &str = "当事人";
pub const DISPUTE_NOT_ACCEPTED: &str = "未受理";
pub const DISPUTE_EMPTY: &str = "还没有纠纷登记。按 F2 登记。";
pub const DISPUTE_EMPTY_FILTER: &str = "没有符合条件的纠纷。按 Esc 清除查找。";
pub const DISPUTE_F_REGISTERED: &str = "登记日期";
pub const DISPUTE_F_SOURCE: &str = "案件来源";
pub const DISPUTE_F_REFERRER: &str = "移送单位（委托移送时）";
pub const DISPUTE_F_FOUND_VIA: &str = "发现渠道";
pub const DISPUTE_F_APPLICANT: &str = "申请人";
pub const DISPUTE_F_APPLICANTS: [&str; 8] = [
    "申请人",
    "申请人（二）",
    "申请人（三）",
    "申请人（四）",
    "申请人（五）",
    "申请人（六）",
    "申请人（七）",
    "申请人（八）",
];
pub const DISPUTE_F_RESPONDENT: &str = "被申请人";
pub const DISPUTE_F_RESPONDENTS: [&str; 8] = [
    "被申请人",
    "被申请人（二）",
    "被申请人（三）",
    "被申请人（四）",
    "被申请人（五）",
    "被申请人（六）",
    "被申请人（七）",
    "被申请人（八）",
];
pub const DISPUTE_F_ORG: &str = "被申请单位";
pub const DISPUTE_F_ORG_CODE: &str = "统一社会信用代码";
pub const DISPUTE_ORG_HINT: &str = "信用代码";
pub const DISPUTE_F_FACTS: &str = "纠纷简要情况";
pub const DISPUTE_F_PEOPLE: &str = "涉及人数";
pub const DISPUTE_F_AMOUNT: &str = "涉及金额（元）";
pub const DISPUTE_F_DIFFICULT: &str = "疑难";
pub const DISPUTE_F_RISK: &str = "易激化";
pub const DISPUTE_F_POLICE: &str = "已报告公安机关";
pub const DISPUTE_POLICE_STEP: &str = "记录已报告公安机关";
pub const DISPUTE_F_POLICE_AT: &str = "报告时间";
pub const DISPUTE_RISK_NOTE: &str = "易激化纠纷须及时报告公安机关（人民调解法第二十五条）";
pub const DISPUTE_SAVED_TELL_POLICE: &str = "已保存。易激化纠纷：请报告公安机关，并在案件中记录";
pub const DISPUTE_F_QUERY: &str = "当事人或案号";
pub const DISPUTE_F_OVERDUE: &str = "只看逾期";
pub const DISPUTE_F_ON: &str = "日期";
pub const DISPUTE_F_REASON: &str = "原因";
pub const DISPUTE_F_ADVICE: &str = "引导建议";
pub const DISPUTE_F_PLACE: &str = "地点";
pub const DISPUTE_F_NOTES: &str = "调解情况";
pub const DISPUTE_F_NEW_DUE: &str = "延至";
pub const DISPUTE_F_AGREEMENT: &str = "协议形式";
pub const DISPUTE_F_TERMS: &str = "协议内容";
pub const DISPUTE_F_PERFORM_BY: &str = "履行期限";
pub const DISPUTE_F_AGREED_AMOUNT: &str = "协议金额（元）";
pub const DISPUTE_F_ROUTES: &str = "告知的其他途径";
pub const DISPUTE_F_RESULT: &str = "履行结果";
pub const DISPUTE_F_VISITOR: &str = "回访人";
pub const DISPUTE_F_PERFORMANCE: &str = "协议履行情况";
pub const DISPUTE_F_LATENT_RISK: &str = "矛盾隐患";
pub const DISPUTE_F_SATISFACTION: &str = "满意度";
pub const DISPUTE_SATISFIED: &str = "满意";
pub const DISPUTE_MOSTLY_SATISFIED: &str = "基本满意";
pub const DISPUTE_DISSATISFIED: &str = "不满意";

/// One thing written down at a step: "协议形式：书面".
pub fn dispute_step_detail(label: &str, value: &str) -> String {
    format!("{label}：{value}")
}

pub fn dispute_closed_on(date: &str) -> String {
    format!("{date}（已截止）")
}
pub const DISPUTE_FUTURE_DATE: &str = "日期不能晚于今天";
pub const DISPUTE_ACCEPTED_ON: &str = "受理日期";
pub const DISPUTE_MEDIATION_DUE: &str = "调解期限";
pub const DISPUTE_AGREED_ON: &str = "协议日期";
pub const DISPUTE_FOLLOW_UP_DUE: &str = "回访（履行期限届满后）";
pub const DISPUTE_CONFIRMATION_CLOSES: &str = "司法确认申请截止";
pub const DISPUTE_FLAGS: &str = "提示";
pub const DISPUTE_STEPS: &str = "办理经过";
pub const DISPUTE_COL_STEP_DATE: &str = "日期";
pub const DISPUTE_COL_STEP: &str = "步骤";
pub const DISPUTE_COL_STEP_NOTES: &str = "内容";
pub const DISPUTE_ACT_REGISTER: &str = "登记";
pub const DISPUTE_NO_STEPS: &str = "这件纠纷已办结，没有可做的操作";

pub fn dispute_parties(applicants: &str, respondents: &str) -> String {
    format!("{applicants} 诉 {respondents}")
}

pub fn dispute_history(count: i64, last: &str) -> String {
    format!("既往纠纷{count}件，最近：{last}")
}

pub fn dispute_police_told(at: &str) -> String {
    format!("易激化，已于 {at} 报告公安机关")
}

pub fn dispute_case_title(parties: &str) -> String {
    format!("纠纷：{parties}")
}

// ---- report: disputes ---------------------------------------------------------------------
pub const DISPUTE_OUTCOME_SUCCESS: &str = "调解成功";
pub const DISPUTE_OUTCOME_UNSUCCESSFUL: &str = "调解不成功";
pub const DISPUTE_OUTCOME_REJECTED: &str = "不予受理";
pub const DISPUTE_OUTCOME_ONGOING: &str = "调解中";
/// A case registered and not yet accepted, as the statistics and printouts count it.
pub const DISPUTE_OUTCOME_PENDING: &str = "待受理";
pub const DREPORT_FORM_TITLE: &str = "人民调解受理登记表";
pub const DREPORT_REGISTER_TITLE: &str = "人民调解案件登记簿";
pub const DREPORT_MONTHLY_TITLE: &str = "人民调解月度统计";
pub const DREPORT_FORM_SIGNATURES: [&str; 3] = ["申请人", "调解员", "日期"];
pub const DREPORT_CASE: &str = "案件情况";
pub const DREPORT_PARTIES: &str = "当事人";
pub const DREPORT_AGE: &str = "年龄";
pub const DREPORT_ID_NUMBER: &str = "身份证号";
pub const DREPORT_CREDIT_CODE: &str = "统一社会信用代码";

/// The caption of one party on the 登记表: 当事人（申请人）.
pub fn dreport_party_caption(side: &str) -> String {
    format!("当事人（{side}）")
}

/// 易激化 on the 登记表 when the police were told: 是（已于 2026-12-02 00:42 报告公安机关）.
pub fn dreport_risk_told(at: &str) -> String {
    format!("是（已于 {at} 报告公安机关）")
}
pub const DREPORT_COL_SIDE: &str = "身份";
pub const DREPORT_COL_NAME: &str = "姓名或名称";
pub const DREPORT_COL_ID: &str = "身份证号或统一社会信用代码";
pub const DREPORT_COL_DATE: &str = "日期";
pub const DREPORT_COL_STEP: &str = "事项";
pub const DREPORT_COL_NOTES: &str = "情况";
pub const DREPORT_NO_STEPS: &str = "尚无办理记录";
pub const DREPORT_YES: &str = "是";
pub const DREPORT_NO: &str = "否";
pub const DREPORT_NONE: &str = "—";
pub const DREPORT_REGISTER_EMPTY: &str = "本期无纠纷登记";
pub const DREPORT_MONTHLY_EMPTY: &str = "本月无纠纷登记";
pub const DREPORT_BY_STATUS: &str = "按状态";
pub const DREPORT_KIND_BY_OUTCOME: &str = "纠纷类型 × 调解结果";
pub const DREPORT_BY_SOURCE: &str = "按案件来源";
pub const DREPORT_SUCCESS: &str = "调解成功率";
pub const DREPORT_SUCCESS_RATE: &str = "成功率（调解成功 ÷（调解成功＋调解不成功））";
pub const DREPORT_PREVENTION: &str = "防激化";
pub const DREPORT_RISK: &str = "易激化纠纷";
pub const DREPORT_RISK_TOLD: &str = "其中已报告公安机关";
pub const DREPORT_DIFFICULT: &str = "疑难纠纷";
/// F9: the 受理登记表 of the selected case.
pub const DREPORT_PRINT_FORM: &str = "选中案件的受理登记表";
pub fn dreport_print_register(month: &str) -> String {
    format!("{month} 登记簿")
}
pub fn dreport_print_monthly(month: &str) -> String {
    format!("{month} 统计")
}
pub const DISPUTE_NEW_CMD: &str = "登记纠纷";
pub const DISPUTE_OPEN: &str = "查看案件";
pub const DISPUTE_STEP_ACTION: &str = "办理";
pub const DREPORT_NEED_CASE: &str = "请用 --case-no 或 --id 指明案件";

pub fn dreport_period(from: &str, to: &str) -> String {
    format!("{from}至{to}")
}

pub fn dreport_unknown_case(which: &str) -> String {
    format!("没有找到案件：{which}")
}

pub fn dreport_referred_by(source: &str, referrer: &str) -> String {
    format!("{source}（{referrer}）")
}

pub fn dreport_party(name: &str, id: &str) -> String {
    format!("{name}（{id}）")
}

pub const DISPUTE_NO_CASE_PREFIX: &str =
    "没有案号前缀，不能受理：请先在 设置 → 纠纷受理 中填写案号前缀（如“版石”）";
pub const DISPUTE_PARTY_NOT_PICKED: &str =
    "当事人须从人员库选定（Enter 查找）或按 F2 新建，登记表要打印其身份信息";
pub const DISPUTE_CORRECT_STEP: &str = "更正登记信息";
pub const DISPUTE_CORRECTED_PARTIES: &str = "当事人";
pub const DISPUTE_NOTHING_CORRECTED: &str = "没有改动任何内容";
pub const DISPUTE_CORRECTION_REASON: &str = "更正登记信息";
pub fn dispute_party_signed(names: &str) -> String {
    format!("已达成调解协议，协议当事人不能删除：{names}")
}
pub const DISPUTE_F_APP_ORGS: [&str; 4] = [
    "申请单位",
    "申请单位（二）",
    "申请单位（三）",
    "申请单位（四）",
];
pub const DISPUTE_F_RESP_ORGS: [&str; 4] = [
    "被申请单位",
    "被申请单位（二）",
    "被申请单位（三）",
    "被申请单位（四）",
];
pub const DISPUTE_F_CORRECTED_STEP: &str = "更正的步骤";
pub const DISPUTE_F_CHANGED: &str = "改动";
pub const DISPUTE_F_CORRECTION_WHY: &str = "更正说明";
pub const DISPUTE_STEP_NOTHING_TO_CORRECT: &str =
    "这一步没有可更正的文字记录（登记信息请按 F4 更正）";
pub fn dispute_correct_step_title(step: &str, on: &str) -> String {
    format!("更正记录：{on} {step}")
}

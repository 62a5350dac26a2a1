//! 社区矫正: the register, a subject's record, check-ins, levels, alerts, proposals, printouts.

// Categories, levels, statuses.
pub const CORR_CAT_CONTROL: &str = "管制";
pub const CORR_CAT_PROBATION: &str = "缓刑";
pub const CORR_CAT_PAROLE: &str = "假释";
pub const CORR_CAT_OUTSIDE: &str = "暂予监外执行";
pub const CORR_LEVEL_STRICT: &str = "严管";
pub const CORR_LEVEL_NORMAL: &str = "普管";
pub const CORR_LEVEL_LENIENT: &str = "宽管";
pub const CORR_STATUS_ACTIVE: &str = "在矫";
pub const CORR_STATUS_RELEASED: &str = "解矫";
pub const CORR_STATUS_TERMINATED: &str = "终止";
pub const CORR_END_REVOKE_PROBATION: &str = "撤销缓刑";
pub const CORR_END_REVOKE_PAROLE: &str = "撤销假释";
pub const CORR_END_RECOMMIT: &str = "收监执行";
pub const CORR_END_DEATH: &str = "死亡";
pub const CORR_END_PARDON: &str = "赦免";
pub const CORR_END_EXPIRED: &str = "期满解矫";

// Duties.
pub const CORR_DUTY_PHONE: &str = "电话报告";
pub const CORR_DUTY_IN_PERSON: &str = "当面报到";
pub const CORR_DUTY_WRITTEN: &str = "书面报告";
pub const CORR_DUTY_TALK: &str = "个别谈话";
pub const CORR_DUTY_VISIT: &str = "实地查访";
pub const CORR_DUTY_EDUCATION: &str = "集中教育";
pub const CORR_DUTY_SERVICE: &str = "公益活动";
pub const CORR_PER_WEEK: &str = "每周";
pub const CORR_PER_MONTH: &str = "每月";

// 考核.
pub const CORR_GRADE_GOOD: &str = "良好";
pub const CORR_GRADE_PASS: &str = "合格";
pub const CORR_GRADE_FAIL: &str = "不合格";
pub const CORR_ASSESS_SCORE: &str = "分数（0–100）";
pub const CORR_ASSESS_GRADE: &str = "等次（良好/合格/不合格）";

// Incidents and measures.
pub const CORR_INC_LATE_REPORT: &str = "逾期报到";
pub const CORR_INC_OUT_OF_CONTACT: &str = "脱离监管";
pub const CORR_INC_MISSED_EDUCATION: &str = "无故不参加教育学习";
pub const CORR_INC_BAN_VIOLATION: &str = "违反禁止令";
pub const CORR_INC_MEDICAL_REPORT: &str = "未按时提交病情复查情况";
pub const CORR_INC_PUNISHED: &str = "受到治安管理处罚";
pub const CORR_INC_OTHER_VIOLATION: &str = "其他违反监督管理规定";
pub const CORR_INC_GOOD_CONDUCT: &str = "表现突出";
pub const CORR_INC_MERIT: &str = "重大立功表现";
pub const CORR_MEASURE_REPRIMAND: &str = "训诫";
pub const CORR_MEASURE_WARNING: &str = "警告";
pub const CORR_MEASURE_SECURITY: &str = "提请治安管理处罚";
pub const CORR_MEASURE_REVOKE_PROBATION: &str = "提请撤销缓刑";
pub const CORR_MEASURE_REVOKE_PAROLE: &str = "提请撤销假释";
pub const CORR_MEASURE_RECOMMIT: &str = "提请收监执行";
pub const CORR_MEASURE_ARREST: &str = "提请逮捕";
pub const CORR_MEASURE_PRAISE: &str = "表扬";
pub const CORR_MEASURE_COMMUTATION: &str = "提请减刑";
pub const CORR_MEASURE_NONE: &str = "不予处理";
pub const CORR_PROPOSAL_SUGGESTED: &str = "待确认";
pub const CORR_PROPOSAL_PROPOSED: &str = "已提请";
pub const CORR_PROPOSAL_DISMISSED: &str = "不予提请";
pub const CORR_PROPOSAL_DECIDED: &str = "已决定";

// Approvals (请假外出、会客、迁居、进入特定场所) and medical reports.
pub const CORR_APPROVAL_LEAVE: &str = "外出";
pub const CORR_APPROVAL_VISITOR: &str = "会客";
pub const CORR_APPROVAL_MOVE: &str = "变更居住地";
pub const CORR_APPROVAL_PLACE: &str = "进入特定场所";
pub const CORR_MEDICAL_REPORT: &str = "病情报告";
pub const CORR_MEDICAL_RECHECK: &str = "病情复查";

// Report types.
pub const CORR_REPORT_ON_TIME: &str = "按时报到";
pub const CORR_REPORT_NOT_YET: &str = "未报到";
pub const CORR_REPORT_BROUGHT_IN: &str = "送达交接";
pub fn corr_report_late(days: i64) -> String {
    format!("逾期{days}天")
}

// Validation.
pub const CORR_PERSON_REQUIRED: &str = "请从人员库选择矫正对象（Enter 打开选择）";
pub const CORR_END_BEFORE_START: &str = "矫正期限结束日期早于开始日期";
pub const CORR_BAN_END_BEFORE_START: &str = "禁止令结束日期早于开始日期";
pub const CORR_REPORTED_BEFORE_RUNS_FROM: &str = "报到日期早于判决生效（出监）日期";
pub const CORR_FUTURE_DATE: &str = "日期晚于今天";
pub const CORR_MEDICAL_ONLY_OUTSIDE: &str = "只有暂予监外执行的对象才有保外就医";
pub const CORR_RUNS_FROM_REQUIRED: &str = "管制、缓刑、假释须填生效（出监）日期，报到期限由它起算";
pub const CORR_MONTH_OUTSIDE_TERM: &str = "该月不在矫正期限内";
pub const CORR_SCORE_OVER: &str = "考核分数应为0到100";
pub const CORR_CHECKIN_TWICE: &str = "该月已有报到记录，请打开它修改";
pub const CORR_MONTH_CLOSED: &str = "该月已月结，须先重新开启";
pub const CORR_REASON_REQUIRED: &str = "须写明理由";
pub const CORR_TAG_TOO_LONG: &str = "电子定位每次批准不能超过设置的月数";
pub fn corr_hours_over(max_hours: u32) -> String {
    format!("一个月的时数不能超过{max_hours}小时")
}

// Store refusals.
pub const CORR_ALREADY_ACTIVE: &str = "此人已在矫正中（同一时间只能有一条在矫记录）";
pub const CORR_LEVEL_AT_ENTRY: &str = "入矫初定";
pub const CORR_LEVEL_SAME: &str = "与现在的管理等级相同";
pub const CORR_LEVEL_PENDING: &str = "已有一条等级调整在等县局审批";
pub const CORR_LEVEL_NONE_PENDING: &str = "没有待审批的等级调整";
pub const CORR_DECIDED_BEFORE_PROPOSED: &str = "审批日期早于提请日期";
pub const CORR_FACTS_REQUIRED: &str = "请写明事实经过";
pub const CORR_DAYS_REQUIRED: &str = "请填写逾期或脱管的天数";
pub const CORR_NOTHING_SUGGESTED: &str = "按规则暂不处理";
pub const CORR_NOT_SUGGESTED: &str = "这条建议已经处理过";
pub const CORR_NOT_PROPOSED: &str = "这条还没有提请，不能登记决定";
pub const CORR_HOSPITAL_REQUIRED: &str = "病情复查须写明指定医院";
pub const CORR_END_NOT_FOR_CATEGORY: &str = "该终止原因与矫正类别不符";
pub const CORR_ALREADY_ENDED: &str = "该对象已解矫或终止";
pub const CORR_MONTH_CLOSED_ALREADY: &str = "该月已经月结";
pub const CORR_MONTH_NOT_CLOSED: &str = "该月没有月结，不需要重新开启";

// The tab.
pub const CORR_CAT_OUTSIDE_SHORT: &str = "暂外";
pub fn corr_minor_name(surname: char) -> String {
    format!("{surname}某")
}
pub const CORR_OPEN: &str = "查看";
pub const CORR_NEW_CMD: &str = "入矫登记";
pub const CORR_ACTIONS_CMD: &str = "报到·预警";
pub const CORR_ACTIONS_TITLE: &str = "社区矫正";
pub const CORR_ACTIONS: [&str; 4] = [
    "月度报到（一次录入全部对象）",
    "预警清单",
    "集中入矫宣告（上月新入矫）",
    "月结 / 重新开启",
];
pub const CORR_COL_NAME: &str = "姓名";
pub const CORR_COL_CATEGORY: &str = "类别";
pub const CORR_COL_LEVEL: &str = "等级";
pub const CORR_COL_TERM: &str = "矫正期限";
pub const CORR_COL_LEFT: &str = "剩余";
pub const CORR_COL_THIS_MONTH: &str = "本月";
pub const CORR_COL_ALERTS: &str = "预警";
pub const CORR_CHECKED: &str = "已报";
pub const CORR_NOT_CHECKED: &str = "未报";
pub const CORR_MINOR_FLAG: &str = "未成年";
pub const CORR_EMPTY: &str = "没有在矫对象。按 F2 登记入矫。";
pub const CORR_EMPTY_FILTER: &str = "没有符合筛选条件的对象。按 Esc 清除筛选。";
pub fn corr_header(active: usize, minors: usize, alerted: usize) -> String {
    let minors = if minors > 0 {
        format!("（未成年 {minors}）")
    } else {
        String::new()
    };
    format!("在矫 {active} 人{minors} · 有预警 {alerted} 人")
}

// The subject's form.
pub const CORR_NEW_TITLE: &str = "入矫登记";
pub const CORR_EDIT_TITLE: &str = "修改矫正对象信息";
pub const CORR_FILTER_TITLE: &str = "筛选矫正对象";
pub const CORR_F_PERSON: &str = "矫正对象";
pub const CORR_F_CATEGORY: &str = "矫正类别";
pub const CORR_F_CRIME: &str = "罪名";
pub const CORR_F_SENTENCE: &str = "原判刑期";
pub const CORR_F_DECIDED_BY: &str = "决定机关";
pub const CORR_F_CRIME_FACTS: &str = "主要犯罪事实";
pub const CORR_F_PRIORS: &str = "前科";
pub const CORR_F_RUNS_FROM: &str = "生效/出监日期";
pub const CORR_F_PAPERS_ON: &str = "法律文书收到";
pub const CORR_F_REPORTED_ON: &str = "报到日期";
pub const CORR_F_TERM_START: &str = "矫正期限起";
pub const CORR_F_TERM_END: &str = "矫正期限止";
pub const CORR_F_LEVEL: &str = "管理等级";
pub const CORR_F_BAN: &str = "禁止令内容";
pub const CORR_F_BAN_FROM: &str = "禁止令起";
pub const CORR_F_BAN_TO: &str = "禁止令止";
pub const CORR_F_DOMICILE: &str = "户籍地";
pub const CORR_F_RESIDENCE: &str = "居住地";
pub const CORR_F_TEAM: &str = "矫正小组成员";
pub const CORR_F_MINOR: &str = "未成年（犯罪时）";
pub const CORR_F_UNABLE: &str = "无劳动能力";
pub const CORR_F_MEDICAL: &str = "保外就医";
pub const CORR_F_ANNOUNCED: &str = "入矫宣告日期";
pub const CORR_F_QUERY: &str = "姓名/拼音/身份证号";
pub const CORR_F_STATUS: &str = "状态";
pub const CORR_F_ALERTED: &str = "只看有预警的";
pub const CORR_MINOR_BY_BIRTH: &str = "按出生日期，判决生效时未满18周岁";
pub const CORR_NO_DEADLINE: &str = "暂予监外执行由监所移交，无报到期限";
pub const CORR_SAVED_LATE: &str = "已保存。该对象逾期报到，可在档案中按 F4 登记违规并提出处理建议";
pub fn corr_deadline_note(deadline: &str) -> String {
    format!("报到期限：{deadline}")
}

// The record.
pub fn corr_record_title(name: &str) -> String {
    format!("矫正对象：{name}")
}
pub fn corr_term(start: &str, end: &str, left: i64) -> String {
    if left >= 0 {
        format!("{start} 至 {end}（剩 {left} 天）")
    } else {
        format!("{start} 至 {end}（已过 {} 天）", -left)
    }
}
pub fn corr_incident_days(kind: &str, days: i64) -> String {
    format!("{kind}{days}天")
}
pub const CORR_MARKS: &str = "标记";
pub const CORR_NOT_ANNOUNCED: &str = "未宣告";
pub const CORR_END_PAPERS: &str = "期满材料";
pub const CORR_F_ASSESSMENT: &str = "矫正期间表现及鉴定";
pub const CORR_F_HANDOVER: &str = "安置帮教建议";
pub const CORR_LEVEL_APPROVED: &str = "批准";
pub const CORR_LEVEL_REJECTED: &str = "不批准";
pub const CORR_LEVEL_PENDING_SHORT: &str = "待审批";
pub const CORR_GRANTED: &str = "准许";
pub const CORR_REFUSED: &str = "不准";
pub const CORR_SEC_LEVELS: &str = "管理等级";
pub const CORR_SEC_CHECKINS: &str = "月度报到";
pub const CORR_SEC_INCIDENTS: &str = "奖惩（Enter 处理建议）";
pub const CORR_SEC_APPROVALS: &str = "请假审批";
pub const CORR_SEC_TAGS: &str = "电子定位";
pub const CORR_SEC_MEDICAL: &str = "病情报告与复查";
pub const CORR_COL_DATE: &str = "日期";
pub const CORR_COL_CHANGE: &str = "调整";
pub const CORR_COL_REASON: &str = "理由";
pub const CORR_COL_DECISION: &str = "审批";
pub const CORR_COL_MONTH: &str = "月份";
pub const CORR_COL_REPORTS: &str = "电/面/书";
pub const CORR_COL_TALKS: &str = "谈话/查访";
pub const CORR_COL_EDUCATION: &str = "教育时";
pub const CORR_COL_SERVICE: &str = "公益时";
pub const CORR_COL_GRADE: &str = "考核";
pub const CORR_COL_NOTE: &str = "备注";
pub const CORR_COL_INCIDENT: &str = "事由";
pub const CORR_COL_MEASURE: &str = "建议/措施";
pub const CORR_COL_STATE: &str = "处理";
pub const CORR_COL_KIND: &str = "事项";
pub const CORR_COL_PERIOD: &str = "期间";
pub const CORR_COL_RESULT: &str = "结果";
pub const CORR_COL_APPROVED: &str = "批准日期";
pub const CORR_COL_HOSPITAL: &str = "医院";
pub const CORR_RECORD_ACTIONS: &str = "办理";
pub const CORR_ACT_EDIT: &str = "修改登记信息";
pub const CORR_ACT_CHECKIN: &str = "记录月度报到";
pub const CORR_ACT_PROPOSE_LEVEL: &str = "提请调整管理等级";
pub const CORR_ACT_DECIDE_LEVEL: &str = "登记县局对等级调整的审批";
pub const CORR_ACT_INCIDENT: &str = "登记违规或表现（提出奖惩建议）";
pub const CORR_ACT_APPROVAL: &str = "登记请假审批";
pub const CORR_ACT_TAG: &str = "登记电子定位";
pub const CORR_ACT_MEDICAL: &str = "登记病情报告或复查";
pub const CORR_ACT_END_PAPERS: &str = "期满材料（小结、鉴定、安置帮教建议）";
pub const CORR_ACT_END: &str = "解矫或终止";
pub const CORR_INCIDENT_CLOSED: &str = "这条已处理完毕";

// Step forms.
pub const CORR_F_PROPOSED_ON: &str = "提请日期";
pub const CORR_F_TO_LEVEL: &str = "调整为";
pub const CORR_F_REVIEWER: &str = "审核人";
pub const CORR_F_DECIDED_ON: &str = "审批日期";
pub const CORR_F_APPROVED: &str = "是否批准";
pub const CORR_F_APPROVER: &str = "审批人";
pub const CORR_F_DOC_NO: &str = "文号";
pub const CORR_F_DAYS: &str = "天数（逾期/脱管）";
pub const CORR_F_TOLD: &str = "经教育仍不改正";
pub const CORR_F_FACTS: &str = "事实经过";
pub const CORR_F_GO: &str = "处理";
pub const CORR_GO_PROPOSE: &str = "按此提请（或给予）";
pub const CORR_GO_DISMISS: &str = "不予提请";
pub const CORR_F_DISMISS_REASON: &str = "不予提请的理由";
pub const CORR_DECISION_TITLE: &str = "登记县局决定";
pub const CORR_F_DECISION: &str = "决定结果";
pub const CORR_F_UPHELD: &str = "是否予以处理";
pub const CORR_F_ASKED_ON: &str = "申请日期";
pub const CORR_F_FROM: &str = "起";
pub const CORR_F_TO: &str = "止";
pub const CORR_F_GRANTED: &str = "是否准许";
pub const CORR_F_SUMMARY_ON: &str = "小结日期";
pub const CORR_F_END_REASON: &str = "解矫/终止原因";
pub const CORR_F_ENDED_ON: &str = "日期";
pub const CORR_NOTHING_SUGGESTED_SAID: &str =
    "已保存。按规则暂不需提出处理建议（如教育学习缺席须先告诫）";
pub const CORR_RELEASED_HANDOVER: &str =
    "已解矫。鉴定和安置帮教建议已保存，安置帮教模块开通后可直接转入";
pub fn corr_suggested(measure: &str) -> String {
    format!("已保存。按规则建议：{measure}。在“奖惩”中选中该条按 Enter 确认提请或不予提请")
}
pub fn corr_proposal_title(on: &str) -> String {
    format!("处理建议（{on}）")
}

// A month's check-ins.
pub const CORR_MONTH_TITLE: &str = "月度报到：选择月份";
pub const CORR_F_MONTH: &str = "月份";
pub const CORR_FUTURE_MONTH: &str = "不能登记以后月份的报到";
pub const CORR_MONTH_NOBODY: &str = "该月没有在矫对象";
pub const CORR_G_PHONE: &str = "电话";
pub const CORR_G_IN_PERSON: &str = "当面";
pub const CORR_G_WRITTEN: &str = "书面";
pub const CORR_G_TALKS: &str = "谈话";
pub const CORR_G_VISITS: &str = "查访";
pub const CORR_G_VILLAGE: &str = "村(社区)";
pub const CORR_G_SESSION: &str = "集中";
pub const CORR_G_SCORE: &str = "考核分";
pub const CORR_G_FILTER: &str = "按村（社区）筛选";
pub const CORR_MINOR_GROUP: &str = "未成年人";
pub fn corr_month_grid_title(month: &str) -> String {
    format!("社区矫正 {month} 月度报到")
}
pub const CORR_LOCK_TITLE: &str = "月结 / 重新开启";
pub const CORR_F_LOCK: &str = "操作";
pub const CORR_LOCK_CHOICES: [&str; 2] = ["月结（该月报到不再修改）", "重新开启（须写明理由）"];
pub const CORR_F_REOPEN_REASON: &str = "重新开启的理由";

// Alerts and the collective announcement.
pub const CORR_ALERTS_TITLE: &str = "社区矫正预警清单";
pub const CORR_NO_ALERTS: &str = "今天没有预警。";
pub fn corr_alerts_header(today: &str, n: usize) -> String {
    format!("{today} 有预警的对象 {n} 人（Enter 打开档案）")
}
pub const CORR_ANNOUNCE_WHO: &str = "宣告对象";
pub const CORR_ANNOUNCE_NOBODY: &str = "上月没有尚未宣告的新入矫对象";
pub fn corr_announce_title(month: &str) -> String {
    format!("集中入矫宣告（{month} 新入矫）")
}
pub fn corr_announce_who(names: &str, n: usize) -> String {
    format!("{names}（共 {n} 人）")
}
pub fn corr_announced(n: usize) -> String {
    format!("已保存：{n} 人的入矫宣告日期")
}
pub const CORR_EXPIRED_EARLY: &str = "期满解矫的日期不能早于矫正期限止日";
pub const CORR_LEVEL_VOID_ENDED: &str = "矫正已结束，等级调整不再审批";
pub fn corr_checkins_outside(n: i64) -> String {
    format!("已有{n}个月的报到记录不在新的矫正期限内，请先核对报到记录")
}
pub fn corr_score_failed(score: u32) -> String {
    format!("{score} 不合格")
}

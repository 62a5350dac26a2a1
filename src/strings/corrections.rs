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

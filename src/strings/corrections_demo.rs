//! 社区矫正 demo data: what the synthetic records say (罪名, 原判刑期, 决定机关, 禁止令, reasons,
//! facts, assessments, 文号), and the demo summary's count. Weights are per mille or relative.

/// 罪名 of 缓刑 with weights (危险驾驶 and 帮信 dominate rural court statistics today).
pub const DEMO_CRIMES_PROBATION: &[(&str, u32)] = &[
    ("危险驾驶罪", 300),
    ("帮助信息网络犯罪活动罪", 120),
    ("盗窃罪", 110),
    ("诈骗罪", 70),
    ("故意伤害罪", 70),
    ("交通肇事罪", 60),
    ("开设赌场罪", 50),
    ("寻衅滋事罪", 40),
    ("滥伐林木罪", 40),
    ("掩饰、隐瞒犯罪所得罪", 30),
    ("失火罪", 20),
    ("非法占用农用地罪", 20),
    ("赌博罪", 20),
    ("拒不支付劳动报酬罪", 10),
    ("妨害公务罪", 20),
    ("非法捕捞水产品罪", 10),
];
/// 罪名 of minors on 缓刑.
pub const DEMO_CRIMES_MINOR: &[(&str, u32)] = &[
    ("盗窃罪", 40),
    ("寻衅滋事罪", 25),
    ("帮助信息网络犯罪活动罪", 20),
    ("故意伤害罪", 10),
    ("抢劫罪", 5),
];
/// 罪名 of 假释.
pub const DEMO_CRIMES_PAROLE: &[(&str, u32)] = &[
    ("盗窃罪", 25),
    ("诈骗罪", 20),
    ("贩卖毒品罪", 15),
    ("故意伤害罪", 15),
    ("抢劫罪", 10),
    ("组织、领导传销活动罪", 5),
    ("开设赌场罪", 5),
    ("故意杀人罪", 2),
];
/// 罪名 of 暂予监外执行.
pub const DEMO_CRIMES_OUTSIDE: &[(&str, u32)] = &[
    ("诈骗罪", 25),
    ("盗窃罪", 20),
    ("交通肇事罪", 15),
    ("故意伤害罪", 15),
    ("贩卖毒品罪", 10),
    ("非法吸收公众存款罪", 10),
];
/// 罪名 of 管制.
pub const DEMO_CRIMES_CONTROL: &[(&str, u32)] = &[
    ("寻衅滋事罪", 30),
    ("故意伤害罪", 30),
    ("妨害公务罪", 20),
    ("盗窃罪", 20),
];
/// The one crime punished by 拘役 only.
pub const DEMO_CRIME_DRUNK_DRIVING: &str = "危险驾驶罪";

/// Neighbouring counties, where a judgment may come from or a 户籍 may lie.
pub const DEMO_OTHER_COUNTIES: &[&str] = &["信丰县", "会昌县", "寻乌县", "定南县", "于都县"];
/// The intermediate court (假释 裁定) and the prison administration (暂予监外执行 决定).
pub const DEMO_INTERMEDIATE_COURT: &str = "江西省赣州市中级人民法院";
pub const DEMO_PRISON_BUREAU: &str = "江西省监狱管理局";
pub const DEMO_PROVINCE: &str = "江西省";

pub fn demo_court(county: &str) -> String {
    format!("{county}人民法院")
}

pub fn demo_police(county: &str) -> String {
    format!("{county}公安局")
}

/// A duration as a judgment writes it: 六个月, 一年, 一年六个月, 二年.
pub fn demo_duration(months: u32) -> String {
    let (years, rest) = (months / 12, months % 12);
    let mut out = String::new();
    if years > 0 {
        out.push_str(&numeral(years));
        out.push('年');
    }
    if rest > 0 {
        out.push_str(&numeral(rest));
        out.push_str("个月");
    }
    out
}

/// 1–99 in Chinese numerals (十一, 二十).
fn numeral(n: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let digit = |d: u32| DIGITS.get(d as usize).copied().unwrap_or_default();
    match n {
        0..=9 => digit(n).to_string(),
        10 => "十".to_string(),
        11..=19 => format!("十{}", digit(n % 10)),
        _ if n.is_multiple_of(10) => format!("{}十", digit(n / 10)),
        _ => format!("{}十{}", digit(n / 10), digit(n % 10)),
    }
}

/// 原判刑期 of a 缓刑: 有期徒刑一年，缓刑二年 / 拘役四个月，缓刑六个月.
pub fn demo_sentence_probation(detention: bool, months: u32, test_months: u32) -> String {
    let kind = if detention { "拘役" } else { "有期徒刑" };
    format!(
        "{kind}{}，缓刑{}",
        demo_duration(months),
        demo_duration(test_months)
    )
}

pub fn demo_sentence_prison(months: u32) -> String {
    format!("有期徒刑{}", demo_duration(months))
}

pub fn demo_sentence_control(months: u32) -> String {
    format!("管制{}", demo_duration(months))
}

/// 禁止令 by the crimes they are given for; the last ("") for any crime.
pub const DEMO_BANS: &[(&str, &str)] = &[
    ("危险驾驶罪", "禁止进入酒吧、KTV等娱乐场所"),
    (
        "帮助信息网络犯罪活动罪",
        "禁止从事网络支付结算、出租出借银行卡等相关活动",
    ),
    ("开设赌场罪", "禁止进入棋牌室、赌博场所"),
    ("赌博罪", "禁止进入棋牌室、赌博场所"),
    ("故意伤害罪", "禁止接触被害人及其近亲属"),
    ("寻衅滋事罪", "禁止进入夜总会、酒吧、网吧等场所"),
    ("盗窃罪", "禁止进入网吧、游戏厅等场所"),
    ("", "禁止接触同案犯"),
];

// ---- levels ------------------------------------------------------------------------------------
pub const DEMO_LEVEL_TO_NORMAL: &str = "入矫满两个月，认罪悔罪，遵守监督管理规定，考核合格";
pub const DEMO_LEVEL_TO_LENIENT: &str = "普管期间连续六个月考核良好，积极参加教育和公益活动";
pub const DEMO_LEVEL_BACK_TO_STRICT: &str = "违反监督管理规定被给予警告，依规调整为严管";
pub const DEMO_LEVEL_BACK_TO_NORMAL: &str = "调整严管后三个月内能够改正，表现稳定";

/// A county decision's 文号: 安司矫〔2026〕12号.
pub fn demo_doc_no(abbr: &str, year: i32, n: u32) -> String {
    format!("{abbr}司矫〔{year}〕{n}号")
}

/// A court's ruling on revocation: （2026）赣0726刑更12号.
pub fn demo_court_ruling_no(year: i32, region: &str, n: u32) -> String {
    format!("（{year}）赣{region}刑更{n}号")
}

// ---- incidents -----------------------------------------------------------------------------
pub fn demo_fact_late_report(days: u32) -> String {
    format!("判决生效后未在规定期限内报到，逾期{days}日后到司法所报到，自述外出务工未及时返回")
}

pub fn demo_fact_out_of_contact(days: u32) -> String {
    format!("手机关机、不在居住地，经多方查找未果，脱离监管{days}日")
}

pub const DEMO_FACT_MISSED_EDUCATION: &str = "无正当理由未参加本月集中教育，经口头警示后仍未补课";
pub const DEMO_DISMISS_REASON: &str = "情节轻微，经批评教育已当场改正，暂不提请";

/// The county's decision on a measure (训诫, 警告) or on a further proposal (提请…).
pub fn demo_decision(measure: &str) -> String {
    if measure.starts_with("提请") {
        format!("同意{measure}")
    } else {
        format!("决定给予{measure}")
    }
}

/// The court's ruling that ends a correction: 裁定撤销缓刑.
pub fn demo_decision_revoked(end: &str) -> String {
    format!("裁定{end}")
}

// ---- tags, leave, medical ------------------------------------------------------------------
pub const DEMO_TAG_REASON: &str = "拒不按照规定报告自己的活动情况，被给予警告";
pub const DEMO_TAG_EXTENSION: &str = "电子定位期满，经评估仍需使用，批准延长";
pub const DEMO_LEAVE_NOTES: &[&str] = &[
    "赴赣州市探望住院亲属",
    "赴广东省东莞市办理务工手续",
    "赴南昌市参加子女婚礼",
    "赴信丰县处理房屋买卖事宜",
];
pub const DEMO_LEAVE_REFUSED: &str = "外出理由不充分，不予批准";
pub const DEMO_VISITOR_NOTE: &str = "会见在外地工作的同案人员的亲属，已说明情况";
pub const DEMO_HOSPITALS: &[&str] = &[
    "安远县人民医院",
    "赣州市人民医院",
    "赣南医科大学第一附属医院",
];
pub const DEMO_MEDICAL_REPORT: &str = "病情稳定，按时服药，按医嘱门诊复诊";
pub const DEMO_RECHECK_RESULT: &str = "仍符合保外就医条件，继续暂予监外执行";

// ---- 矫正小组, end papers, check-in notes ---------------------------------------------------
pub const DEMO_ASSESSMENTS: &[&str] = &[
    "矫正期间认罪悔罪，遵守法律法规和监督管理规定，按时报告，积极参加教育学习和公益活动，考核合格，表现良好。",
    "矫正期间能够遵守监督管理规定，按要求报到和参加教育，家庭关系和睦，有稳定工作，表现较好。",
    "矫正期间曾因违反监督管理规定受到处理，经教育后能够改正，后期表现稳定。",
];
pub const DEMO_HANDOVERS: &[&str] = &[
    "在家务农，家庭支持，再犯风险低；建议村委会帮助落实就业，定期走访。",
    "在本地企业务工，收入稳定，再犯风险低；建议纳入安置帮教一般对象，按季度回访。",
    "无固定工作，有一定再犯风险；建议联系人社部门推荐技能培训，安置帮教小组重点关注。",
];
pub const DEMO_NOTE_SICK: &str = "因病请假，已补交病历";
pub const DEMO_NOTE_WORK: &str = "外出务工，电话报告为主";

/// The demo summary's count of 社区矫正: everyone recorded, and those in correction today.
pub fn tally_corrections_demo(recorded: usize, active: usize) -> String {
    format!("社区矫正对象 {recorded} 人（在矫 {active} 人）")
}
pub fn demo_crime_facts(crime: &str, year: i32) -> String {
    format!("{year}年，被告人在本县境内犯{crime}，经法院审理，事实清楚，证据确实充分。")
}
pub const DEMO_PRIORS_NONE: &str = "无";
pub const DEMO_PRIORS: [&str; 3] = [
    "曾因盗窃被行政拘留十日",
    "曾因赌博被罚款",
    "曾因酒后驾驶被暂扣驾驶证",
];

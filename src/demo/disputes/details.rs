//! What a generated case says: its source and referrer, the 六进 tag, the organisations of the
//! town with valid 统一社会信用代码, the amount involved and the facts.

use std::collections::HashSet;

use super::yuan;
use crate::demo::names;
use crate::demo::rng::Rng;
use crate::domain::dispute::{CREDIT_CODE_CHARS, SOURCE_REFERRAL, credit_check_char};

/// 案件来源 and, when referred, the referring body.
pub(super) fn source(rng: &mut Rng, kind: &str, town: &str) -> (&'static str, String) {
    match rng.below(100) {
        0..68 => ("apply", String::new()),
        68..88 => ("initiative", String::new()),
        _ => {
            let county = names::COUNTY;
            let referrer = match kind {
                "traffic" => format!("{county}公安局交通管理大队"),
                "labour" => format!("{county}人力资源和社会保障局"),
                "consumer" => format!("{county}市场监督管理局"),
                _ => match rng.below(100) {
                    0..40 => format!("{county}人民法院"),
                    40..75 => format!("{county}公安局{town}派出所"),
                    75..90 => format!("{county}信访局"),
                    _ => format!("{town}人民政府"),
                },
            };
            (SOURCE_REFERRAL, referrer)
        }
    }
}

/// The local 发现渠道 tag, for some.
pub(super) fn found_via(rng: &mut Rng, kind: &str, referrer: &str) -> &'static str {
    if referrer.contains("信访") {
        return "petition";
    }
    if !rng.chance(250) {
        return "";
    }
    match kind {
        "medical" => "hospital",
        "labour" | "business" => rng.pick(&["park", "trade", "grid"]),
        _ => rng
            .weighted(&[
                ("grid", 700u32),
                ("trade", 80),
                ("school", 60),
                ("hospital", 40),
                ("park", 40),
                ("petition", 80),
            ])
            .unwrap_or("grid"),
    }
}

/// How often the respondent is an organisation, per mille.
pub(super) fn org_chance(kind: &str) -> u64 {
    match kind {
        "labour" => 700,
        "consumer" => 800,
        "property" | "medical" => 900,
        "tourism" => 800,
        "pollution" => 600,
        "demolition" => 400,
        "business" => 400,
        "contract" => 350,
        "traffic" => 150,
        "damages" => 100,
        _ => 20,
    }
}

/// An organisation of the county, with a valid 统一社会信用代码.
pub(super) struct Org {
    pub(super) name: String,
    pub(super) credit_code: String,
    /// The dispute types it is respondent of.
    kinds: &'static [&'static str],
}

const WORDS: &[&str] = &[
    "鑫达",
    "恒通",
    "宏远",
    "华盛",
    "金源",
    "顺发",
    "安信",
    "瑞丰",
    "隆昌",
    "永兴",
    "佳美",
    "东江源",
    "三百山",
    "联创",
    "兴旺",
    "福临",
];

/// Organisation kinds: name suffix, the 登记管理部门 and 机构类别 characters, the disputes.
const ORG_KINDS: &[(&str, &str, &[&str])] = &[
    (
        "建筑工程有限公司",
        "91",
        &["labour", "contract", "damages", "business"],
    ),
    ("劳务有限公司", "91", &["labour"]),
    ("电子科技有限公司", "91", &["labour", "pollution"]),
    (
        "稀土矿业有限公司",
        "91",
        &["pollution", "labour", "demolition"],
    ),
    ("脐橙专业合作社", "93", &["contract", "business", "labour"]),
    ("生猪养殖专业合作社", "93", &["pollution", "business"]),
    ("物业服务有限公司", "91", &["property"]),
    ("商贸有限公司", "91", &["consumer", "contract", "business"]),
    ("家电城有限公司", "91", &["consumer"]),
    ("运输有限公司", "91", &["traffic", "damages"]),
    ("旅游开发有限公司", "91", &["tourism", "consumer"]),
    ("置业有限公司", "91", &["demolition", "house", "contract"]),
];

/// Ten to sixteen organisations of the county, plus the hospitals.
pub(super) fn organisations(rng: &mut Rng, town: &str) -> Vec<Org> {
    let mut orgs: Vec<Org> = Vec::new();
    let mut codes: HashSet<String> = HashSet::new();
    let mut add_org = |rng: &mut Rng, name: String, class: &str, kinds: &'static [&str]| loop {
        let body: String = (0..9)
            .map(|i| {
                let chars: Vec<char> = CREDIT_CODE_CHARS.chars().collect();
                // The organisation-code part is mostly digits.
                let n = if i < 8 && rng.chance(800) {
                    10
                } else {
                    chars.len()
                };
                chars
                    .get(rng.below(n as u64) as usize)
                    .copied()
                    .unwrap_or('0')
            })
            .collect();
        let first17 = format!("{class}360726{body}");
        if let Some(check) = credit_check_char(&first17) {
            let code = format!("{first17}{check}");
            if codes.insert(code.clone()) {
                orgs.push(Org {
                    name,
                    credit_code: code,
                    kinds,
                });
                return;
            }
        }
    };
    let county = names::COUNTY;
    for _ in 0..rng.range(10, 16) {
        let word = rng.pick(WORDS);
        let i = rng.below(ORG_KINDS.len() as u64) as usize;
        let Some((suffix, class, kinds)) = ORG_KINDS.get(i) else {
            continue;
        };
        add_org(rng, format!("{county}{word}{suffix}"), class, kinds);
    }
    for hospital in [
        format!("{county}人民医院"),
        format!("{county}中医院"),
        format!("{town}卫生院"),
    ] {
        add_org(rng, hospital, "12", &["medical"]);
    }
    orgs
}

pub(super) fn pick_org<'a>(rng: &mut Rng, orgs: &'a [Org], kind: &str) -> Option<&'a Org> {
    let fitting: Vec<(usize, u32)> = orgs
        .iter()
        .enumerate()
        .filter(|(_, o)| o.kinds.contains(&kind))
        .map(|(i, _)| (i, 1))
        .collect();
    let all: Vec<(usize, u32)> = (0..orgs.len()).map(|i| (i, 1)).collect();
    let i = rng
        .weighted(if fitting.is_empty() { &all } else { &fitting })
        .unwrap_or(0);
    orgs.get(i)
}

/// 涉及金额 in fen, rounded to 100 yuan (0 for many family and neighbour quarrels).
pub(super) fn amount(rng: &mut Rng, kind: &str) -> i64 {
    let (none, lo, hi) = match kind {
        "neighbour" => (600, 200, 5_000),
        "marriage" => (500, 5_000, 100_000),
        "house" => (400, 5_000, 50_000),
        "land" => (450, 1_000, 30_000),
        "contract" => (0, 5_000, 200_000),
        "business" => (50, 10_000, 300_000),
        "damages" => (0, 2_000, 80_000),
        "demolition" => (50, 20_000, 300_000),
        "pollution" => (200, 1_000, 50_000),
        "labour" => (0, 3_000, 150_000),
        "medical" => (0, 10_000, 300_000),
        "traffic" => (0, 5_000, 300_000),
        "property" => (100, 500, 20_000),
        "consumer" => (0, 200, 20_000),
        "tourism" => (0, 500, 10_000),
        _ => (500, 1_000, 20_000),
    };
    if rng.chance(none) {
        return 0;
    }
    // Small amounts are commoner: the lower of two draws.
    let a = rng.range(lo, hi).min(rng.range(lo, hi));
    (a / 100 * 100) as i64 * 100
}

/// 纠纷简要情况 of the type, naming the first party of each side.
pub(super) fn facts(rng: &mut Rng, kind: &str, a: &str, b: &str, amount_fen: i64) -> String {
    let sum = yuan(amount_fen);
    match kind {
        "neighbour" => match rng.below(4) {
            0 => format!(
                "申请人{a}与被申请人{b}系邻居，因{b}建房占用公共排水沟，雨水漫入{a}家院内，双方多次争吵，{a}申请调解。"
            ),
            1 => format!(
                "{a}与{b}两家相邻，因{b}在屋旁种植竹子遮挡{a}家采光、竹根伸入{a}家地基，双方发生口角。"
            ),
            2 => format!(
                "{a}家饲养的鸡鸭多次进入{b}家菜地啄食蔬菜，双方互相指责并发生推搡，村网格员发现后报司法所。"
            ),
            _ => format!(
                "{a}与{b}因共用通行道路的宽窄和维修费用分摊发生争执，{b}在路口堆放杂物阻碍通行。"
            ),
        },
        "marriage" => match rng.below(3) {
            0 => format!(
                "申请人{a}与被申请人{b}系夫妻，婚后因家庭琐事及经济问题长期不和，{a}要求离婚并就子女抚养、共同财产分割申请调解。"
            ),
            1 => format!(
                "{a}年事已高、体弱多病，其子{b}以家庭困难为由不支付赡养费，{a}请求司法所调解赡养问题。"
            ),
            _ => {
                format!("{a}与{b}离婚后，{b}未按约定支付子女抚养费，累计拖欠{sum}元，{a}申请调解。")
            }
        },
        "house" => match rng.below(2) {
            0 => format!(
                "{a}与{b}因老宅宅基地界址不清发生争议，{b}翻建新房时越过原有墙基约半米，{a}要求拆除恢复原状。"
            ),
            _ => {
                format!("{a}与{b}系兄弟，因父母遗留房屋的分配及宅基地使用发生纠纷，双方多次争吵。")
            }
        },
        "land" => match rng.below(3) {
            0 => format!(
                "{a}与{b}因山林界址发生争议，双方均称对方砍伐的杉木位于己方承包山场内，{a}要求{b}赔偿林木损失。"
            ),
            1 => format!(
                "{a}与{b}因责任田灌溉用水先后及水渠维护问题发生争执，{b}堵塞水渠致{a}家稻田缺水。"
            ),
            _ => format!(
                "{a}将承包的果园流转给{b}种植脐橙，合同到期后双方对土地返还及果树补偿发生争议。"
            ),
        },
        "damages" => match rng.below(3) {
            0 => format!(
                "{b}驾驶农用车倒车时撞坏{a}家院墙及农具，双方就赔偿金额协商不成，{a}要求赔偿{sum}元。"
            ),
            1 => format!(
                "{a}在{b}处帮工时从梯子上摔下致腰部受伤，花去医疗费若干，双方就赔偿责任发生争议。"
            ),
            _ => format!(
                "{b}家的狗咬伤{a}，{a}要求{b}承担医疗费、误工费共计{sum}元，{b}认为金额过高。"
            ),
        },
        "contract" => format!(
            "{a}与{b}签订买卖合同，{a}已按约供货，{b}以质量问题为由拖欠货款{sum}元未付，{a}申请调解。"
        ),
        "business" => format!("{a}与{b}合伙经营，因利润分配及退伙结算发生争议，涉及金额{sum}元。"),
        "demolition" => format!(
            "{a}对{b}房屋征收补偿中的面积认定和附属物补偿标准有异议，要求重新核定，涉及金额{sum}元。"
        ),
        "pollution" => format!(
            "{b}经营过程中排放的污水、气味影响{a}等周边农户的生产生活，{a}要求停止侵害并赔偿损失。"
        ),
        "labour" => {
            format!("{a}等人在{b}务工，{b}拖欠工资共计{sum}元，经多次催讨未果，{a}等人申请调解。")
        }
        "medical" => format!(
            "{a}的家属在{b}住院治疗期间病情加重，{a}认为{b}存在诊疗过错，要求赔偿{sum}元，双方发生争议。"
        ),
        "traffic" => format!(
            "{b}驾驶车辆与{a}驾驶的摩托车相撞，致{a}受伤、车辆受损，交警认定{b}负主要责任，双方就赔偿数额协商不成。"
        ),
        "property" => format!(
            "{a}以{b}服务不到位、小区楼道渗水长期不修为由拒交物业费，{b}催缴未果，双方发生纠纷。"
        ),
        "consumer" => format!(
            "{a}在{b}购买的家电使用不久即出现故障，多次维修未果，{a}要求退货退款{sum}元，{b}不同意。"
        ),
        "tourism" => format!(
            "{a}参加{b}组织的旅游活动，因行程变更、服务缩水要求退还部分费用，双方协商不成。"
        ),
        _ => format!("{a}与{b}因借款{sum}元到期未还发生纠纷，{a}多次催讨，{b}以暂时困难为由拖延。"),
    }
}

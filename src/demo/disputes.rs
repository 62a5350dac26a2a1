//! People's-mediation disputes (纠纷受理) of one office: the national type mix, sources,
//! parties from the office's registry and organisations with valid 统一社会信用代码, and a
//! lifecycle driven through the real state machine with dated steps.
//!
//! Each case is planned whole (registration, 受理 within a few days, sessions, agreement or
//! termination, performance, 回访, 归档) from the office's own generator; the steps dated
//! after today are left out, so recent cases are still open and a case whose mediation runs
//! late without an agreed extension is overdue. All cases are registered first, then every
//! step of the office is applied in date order through `store::disputes::step_in`, so case
//! numbers follow the acceptance dates and come from the app's own sequence.

use std::collections::HashSet;

use chrono::{Days, NaiveDate};
use serde_json::{Map, Value as Json};

use super::ledger::Visitor;
use super::names;
use super::rng::Rng;
use crate::domain::dispute::{
    Action, AgreementForm, CREDIT_CODE_CHARS, PartyInput, Performance, SOURCE_REFERRAL,
    ValidIntake, credit_check_char,
};
use crate::store::Result as StoreResult;
use crate::store::disputes::{StepError, register_in, step_in};
use crate::store::write::Tx;

/// One office's mediation work over a period.
pub(super) struct Mediation<'a> {
    pub office_code: &'a str,
    pub town: &'a str,
    /// The case-number prefix (the first two characters of the office's name).
    pub prefix: String,
    /// The operators' names: the mediators.
    pub mediators: Vec<&'a str>,
    pub residents: &'a [Visitor],
    pub from: NaiveDate,
    pub today: NaiveDate,
}

/// Disputes registered a year, at least and at most (domain.md §1: 150–350; kept inside).
const PER_YEAR: (u64, u64) = (180, 320);

/// Type codes (code list `dispute_type`) with weights per mille; 山林土地 is set per office.
const TYPES: &[(&str, u32)] = &[
    ("neighbour", 300),
    ("marriage", 150),
    ("damages", 90),
    ("house", 80),
    ("contract", 40),
    ("labour", 50),
    ("traffic", 40),
    ("business", 20),
    ("demolition", 20),
    ("pollution", 10),
    ("medical", 10),
    ("property", 10),
    ("consumer", 20),
    ("tourism", 3),
    ("other", 40),
];
const LAND: &str = "land";

/// A planned step: the action and what was written down.
struct Step {
    action: Action,
    details: Json,
}

struct Case {
    intake: ValidIntake,
    police: Option<String>,
    steps: Vec<Step>,
}

/// Writes the office's disputes and their steps.
pub(super) fn write_disputes(tx: &Tx<'_>, rng: &mut Rng, m: &Mediation<'_>) -> StoreResult<()> {
    if m.residents.len() < 8 || m.mediators.is_empty() {
        return Ok(());
    }
    let orgs = organisations(rng, m.town);
    let mut types: Vec<(&str, u32)> = TYPES.to_vec();
    types.push((LAND, rng.range(90, 170) as u32));
    let per_year = rng.range(PER_YEAR.0, PER_YEAR.1) as f64;

    // Registrations a day: working days most, Saturdays some, Sundays and holidays few;
    // spread evenly (with a little noise) so that every year holds about `per_year`.
    let days: Vec<NaiveDate> = m.from.iter_days().take_while(|d| *d <= m.today).collect();
    let weight = |d: &NaiveDate| f64::from(super::ledger::day_kind_weight(*d));
    let total_weight: f64 = days.iter().map(weight).sum::<f64>().max(1.0);
    let expected = per_year * days.len() as f64 / 365.25;
    let mut carry = rng.below(1000) as f64 / 1000.0;
    let mut cases: Vec<Case> = Vec::new();
    for d in &days {
        let noise = 0.6 + rng.below(800) as f64 / 1000.0;
        carry += expected * weight(d) / total_weight * noise;
        while carry >= 1.0 {
            carry -= 1.0;
            cases.push(plan_case(rng, m, &types, &orgs, *d));
        }
    }

    let mut ids = Vec::with_capacity(cases.len());
    for case in &cases {
        ids.push(register_in(
            tx,
            &case.intake,
            case.police.as_deref(),
            m.office_code,
        )?);
    }
    // Every step up to today, in date order (a case's own steps keep their order).
    let mut order: Vec<(NaiveDate, usize, usize)> = Vec::new();
    for (c, case) in cases.iter().enumerate() {
        for (s, step) in case.steps.iter().enumerate() {
            let on = step.action.on();
            if on > m.today {
                break;
            }
            order.push((on, c, s));
        }
    }
    order.sort_unstable();
    let mut halted: HashSet<usize> = HashSet::new();
    for (_, c, s) in order {
        let (Some(id), Some(step)) = (ids.get(c), cases.get(c).and_then(|k| k.steps.get(s))) else {
            continue;
        };
        if halted.contains(&c) {
            continue;
        }
        match step_in(
            tx,
            *id,
            &step.action,
            &step.details,
            &m.prefix,
            m.office_code,
        ) {
            Ok(_) => {}
            // A plan the rules refuse is a bug of this file: the case stops where it is, in
            // a state the machine reached.
            Err(StepError::Refused(_) | StepError::NoCasePrefix) => {
                debug_assert!(false, "demo dispute step refused");
                halted.insert(c);
            }
            Err(StepError::Store(e)) => return Err(e),
        }
    }
    Ok(())
}

fn add(d: NaiveDate, days: u64) -> NaiveDate {
    d.checked_add_days(Days::new(days)).unwrap_or(d)
}

fn details(pairs: &[(&str, String)]) -> Json {
    let mut map = Map::new();
    for (k, v) in pairs {
        map.insert((*k).to_string(), Json::String(v.clone()));
    }
    Json::Object(map)
}

fn yuan(fen: i64) -> String {
    format!("{}", fen / 100)
}

/// One case, registered on `on`, with its whole planned lifecycle.
fn plan_case(
    rng: &mut Rng,
    m: &Mediation<'_>,
    types: &[(&'static str, u32)],
    orgs: &[Org],
    on: NaiveDate,
) -> Case {
    let kind = rng.weighted(types).unwrap_or("neighbour");
    let (source, referrer) = source(rng, kind, m.town);
    let found_via = found_via(rng, kind, &referrer);

    // Parties: persons of the registry, never the same twice; some organisations.
    let mut used: HashSet<usize> = HashSet::new();
    let mut person = |rng: &mut Rng| -> PartyInput {
        loop {
            let i = rng.below(m.residents.len() as u64) as usize;
            if used.insert(i)
                && let Some(v) = m.residents.get(i)
            {
                return PartyInput::Person {
                    person_id: v.id(),
                    name: v.name().to_string(),
                };
            }
        }
    };
    let org_respondent = rng.chance(org_chance(kind));
    let applicant_count = match (kind, org_respondent) {
        ("labour", true) if rng.chance(300) => rng.range(3, 8),
        _ => rng.weighted(&[(1u64, 850), (2, 110), (3, 40)]).unwrap_or(1),
    };
    let applicants: Vec<PartyInput> = (0..applicant_count).map(|_| person(rng)).collect();
    let org = if org_respondent {
        pick_org(rng, orgs, kind)
    } else {
        None
    };
    let respondents: Vec<PartyInput> = if let Some(org) = org {
        vec![PartyInput::Organisation {
            name: org.name.clone(),
            credit_code: org.credit_code.clone(),
        }]
    } else {
        let n = rng.weighted(&[(1u64, 880), (2, 90), (3, 30)]).unwrap_or(1);
        (0..n).map(|_| person(rng)).collect()
    };
    let persons = applicants.len() + respondents.len();
    let people_involved = persons as u32
        + if rng.chance(300) {
            rng.range(1, 4) as u32
        } else {
            0
        };
    let amount_fen = amount(rng, kind);
    let name_of = |p: Option<&PartyInput>| match p {
        Some(PartyInput::Person { name, .. } | PartyInput::Organisation { name, .. }) => {
            name.clone()
        }
        None => String::new(),
    };
    let facts = facts(
        rng,
        kind,
        &name_of(applicants.first()),
        &name_of(respondents.first()),
        amount_fen,
    );
    let mediator = |rng: &mut Rng| {
        let i = rng.below(m.mediators.len() as u64) as usize;
        m.mediators.get(i).copied().unwrap_or_default().to_string()
    };
    let mut mediators = vec![mediator(rng)];
    if rng.chance(400) {
        let second = mediator(rng);
        if !mediators.contains(&second) {
            mediators.push(second);
        }
    }
    let slow = rng.chance(200);
    let difficult = rng.chance(if slow { 300 } else { 60 });
    let escalation_risk = rng.chance(30);
    let police = (escalation_risk && rng.chance(850)).then(|| {
        let (h, min) = (rng.range(8, 17), rng.below(60));
        format!("{}T{h:02}:{min:02}", on.format("%Y-%m-%d"))
    });
    let intake = ValidIntake {
        registered_on: on,
        source: source.to_string(),
        referrer,
        found_via: found_via.to_string(),
        kind: kind.to_string(),
        applicants,
        respondents,
        facts,
        people_involved,
        amount_fen,
        mediators: mediators.clone(),
        difficult,
        escalation_risk,
    };
    let steps = plan_steps(rng, on, m.today, slow, amount_fen, &mediators);
    Case {
        intake,
        police,
        steps,
    }
}

/// The lifecycle from registration on `r`; dates never go back. `today` only decides which
/// cases are still waiting for an outcome to be written down.
fn plan_steps(
    rng: &mut Rng,
    r: NaiveDate,
    today: NaiveDate,
    slow: bool,
    amount_fen: i64,
    mediators: &[String],
) -> Vec<Step> {
    let mut steps = Vec::new();
    let empty = || Json::Object(Map::new());
    if rng.chance(20) {
        let on = add(r, rng.range(0, 3));
        steps.push(Step {
            action: Action::Reject { on },
            details: details(&[
                (
                    "reason",
                    rng.pick(&[
                        "已进入诉讼程序",
                        "不属于人民调解受理范围",
                        "一方当事人明确拒绝调解",
                    ])
                    .to_string(),
                ),
                (
                    "advice",
                    rng.pick(&[
                        "告知当事人可向县人民法院起诉",
                        "告知当事人可向劳动人事争议仲裁委员会申请仲裁",
                        "告知当事人可向有关行政机关反映",
                    ])
                    .to_string(),
                ),
            ]),
        });
        steps.push(Step {
            action: Action::Archive {
                on: add(on, rng.range(3, 30)),
            },
            details: empty(),
        });
        return steps;
    }
    let accepted = add(
        r,
        rng.weighted(&[(0u64, 450), (1, 250), (2, 140), (3, 90), (4, 70)])
            .unwrap_or(0),
    );
    steps.push(Step {
        action: Action::Accept { on: accepted },
        details: empty(),
    });
    // A few recent cases lie on the mediator's desk: no outcome recorded for months.
    let backlog = accepted.checked_add_days(Days::new(120)) >= Some(today) && rng.chance(60);
    let duration = if backlog {
        rng.range(45, 200)
    } else if slow {
        rng.range(35, 90)
    } else {
        match rng.below(100) {
            0..30 => rng.range(0, 3),
            30..75 => rng.range(3, 14),
            _ => rng.range(14, 28),
        }
    };
    let outcome = add(accepted, duration);
    // Sessions before the outcome, and for a slow case an agreed extension (or none: then
    // the case runs late).
    let mut middle: Vec<(NaiveDate, Step)> = Vec::new();
    if duration > 0 {
        for _ in 0..rng.range(1, 3) {
            let on = add(accepted, rng.range(0, duration));
            middle.push((
                on,
                Step {
                    action: Action::RecordSession { on },
                    details: details(&[
                        (
                            "place",
                            rng.pick(&["司法所调解室", "村委会调解室", "当事人家中", "纠纷现场"])
                                .to_string(),
                        ),
                        (
                            "notes",
                            rng.pick(&[
                                "双方陈述各自意见，调解员释法说理",
                                "背对背调解，分别做思想工作",
                                "邀请村干部、法律明白人共同参与调解",
                                "现场查看后组织双方协商",
                            ])
                            .to_string(),
                        ),
                    ]),
                },
            ));
        }
    }
    if slow && rng.chance(500) {
        let on = add(accepted, rng.range(20, 29));
        let new_due = add(outcome, rng.range(0, 10));
        middle.push((
            on,
            Step {
                action: Action::Extend { on, new_due },
                details: details(&[("reason", "双方当事人同意延长调解期限".to_string())]),
            },
        ));
    }
    middle.sort_by_key(|(d, _)| *d);
    steps.extend(middle.into_iter().map(|(_, s)| s));

    if rng.chance(25) {
        steps.push(Step {
            action: Action::Terminate { on: outcome },
            details: details(&[
                ("reason", "双方分歧较大，经多次调解未能达成一致".to_string()),
                (
                    "routes",
                    "已告知当事人可依法申请仲裁、行政处理或向人民法院起诉".to_string(),
                ),
            ]),
        });
        steps.push(Step {
            action: Action::Archive {
                on: add(outcome, rng.range(3, 30)),
            },
            details: empty(),
        });
        return steps;
    }

    let form = if rng.chance(820) {
        AgreementForm::Written
    } else {
        AgreementForm::Oral
    };
    let perform_by = match form {
        AgreementForm::Oral => add(outcome, rng.range(0, 7)),
        AgreementForm::Written => match rng.below(100) {
            0..35 => outcome,
            35..70 => add(outcome, rng.range(7, 30)),
            _ => add(outcome, rng.range(30, 120)),
        },
    };
    let terms = if amount_fen > 0 {
        format!(
            "被申请人于{}前支付申请人人民币{}元，双方就此纠纷再无其他争议",
            perform_by.format("%Y年%-m月%-d日"),
            yuan(amount_fen)
        )
    } else {
        rng.pick(&[
            "双方互谅互让，按协商方案履行，今后和睦相处",
            "被申请人当面赔礼道歉，恢复原状",
            "双方按现场确定的界址各自管理使用",
        ])
        .to_string()
    };
    steps.push(Step {
        action: Action::Agree {
            on: outcome,
            form,
            perform_by: Some(perform_by),
        },
        details: details(&[("terms", terms), ("amount", yuan(amount_fen))]),
    });
    // After the agreement, in date order: 司法确认 (some written ones), performance, 回访,
    // 归档.
    let mut after: Vec<(NaiveDate, Step)> = Vec::new();
    if form == AgreementForm::Written && rng.chance(60) {
        // Soon after the agreement: always before the 归档 (at least eight days later).
        let on = add(outcome, rng.range(1, 7));
        after.push((
            on,
            Step {
                action: Action::ApplyConfirmation { on },
                details: empty(),
            },
        ));
    }
    let mut last = add(perform_by, rng.range(0, 10));
    let performance = |on: NaiveDate, result: Performance| Step {
        action: Action::RecordPerformance { on, result },
        details: details(&[("performance", result.label().to_string())]),
    };
    match rng.below(100) {
        0..93 => after.push((last, performance(last, Performance::Full))),
        93..96 => {
            after.push((last, performance(last, Performance::Partial)));
            last = add(last, rng.range(10, 40));
            after.push((last, performance(last, Performance::Full)));
        }
        _ => after.push((last, performance(last, Performance::None))),
    }
    let visits = if rng.chance(150) { 2 } else { 1 };
    for _ in 0..visits {
        last = add(last, rng.range(5, 40));
        let visitor = mediators.first().cloned().unwrap_or_default();
        after.push((
            last,
            Step {
                action: Action::FollowUp { on: last },
                details: details(&[
                    ("visitor", visitor),
                    (
                        "satisfaction",
                        rng.weighted(&[("满意", 900u32), ("基本满意", 90), ("不满意", 10)])
                            .unwrap_or("满意")
                            .to_string(),
                    ),
                    (
                        "risk",
                        if rng.chance(30) {
                            "仍有矛盾苗头，需继续关注"
                        } else {
                            "无"
                        }
                        .to_string(),
                    ),
                ]),
            },
        ));
    }
    last = add(last, rng.range(3, 45));
    after.push((
        last,
        Step {
            action: Action::Archive { on: last },
            details: empty(),
        },
    ));
    after.sort_by_key(|(d, _)| *d);
    steps.extend(after.into_iter().map(|(_, s)| s));
    steps
}

/// 案件来源 and, when referred, the referring body.
fn source(rng: &mut Rng, kind: &str, town: &str) -> (&'static str, String) {
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
fn found_via(rng: &mut Rng, kind: &str, referrer: &str) -> &'static str {
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
fn org_chance(kind: &str) -> u64 {
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
struct Org {
    name: String,
    credit_code: String,
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
fn organisations(rng: &mut Rng, town: &str) -> Vec<Org> {
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

fn pick_org<'a>(rng: &mut Rng, orgs: &'a [Org], kind: &str) -> Option<&'a Org> {
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
fn amount(rng: &mut Rng, kind: &str) -> i64 {
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
fn facts(rng: &mut Rng, kind: &str, a: &str, b: &str, amount_fen: i64) -> String {
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

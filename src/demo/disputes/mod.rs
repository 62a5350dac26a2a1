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

mod details;

use details::{Org, amount, facts, found_via, org_chance, organisations, pick_org, source};
use std::collections::HashSet;

use chrono::{Days, NaiveDate};
use serde_json::{Map, Value as Json};

use super::ledger::Visitor;
use super::rng::Rng;
use crate::domain::dispute::{Action, AgreementForm, PartyInput, Performance, ValidIntake};
use crate::domain::format_date;
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
        details: details(&[
            ("form", form.code().to_string()),
            ("terms", terms),
            ("perform_by", format_date(perform_by)),
            ("amount", yuan(amount_fen)),
        ]),
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
        details: details(&[("result", result.code().to_string())]),
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
                        rng.weighted(&[
                            ("satisfied", 900u32),
                            ("mostly", 90),
                            ("dissatisfied", 10),
                        ])
                        .unwrap_or("satisfied")
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

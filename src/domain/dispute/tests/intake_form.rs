//! The registration form: parties, organisations, dates, amounts, every error at once.

use super::*;

fn today() -> NaiveDate {
    d(2026, 11, 29)
}

fn person(id: i64, name: &str) -> PartyInput {
    PartyInput::Person {
        person_id: id,
        name: name.into(),
    }
}

fn org(name: &str, code: &str) -> PartyInput {
    PartyInput::Organisation {
        name: name.into(),
        credit_code: code.into(),
    }
}

fn neighbours() -> IntakeInput {
    IntakeInput {
        registered_on: "2026-11-29".into(),
        source: "apply".into(),
        kind: "neighbour".into(),
        applicants: vec![person(1, " 张三 ")],
        respondents: vec![person(2, "李四")],
        facts: "  两家因宅基地边界的排水沟发生争执  ".into(),
        mediators: vec!["王调解".into()],
        ..Default::default()
    }
}

fn errors_of(input: &IntakeInput) -> Vec<(&'static str, String)> {
    validate_intake(input, today())
        .unwrap_err()
        .into_iter()
        .map(|e| (e.field, e.message))
        .collect()
}

#[test]
fn a_plain_neighbour_dispute_passes() {
    let v = validate_intake(&neighbours(), today()).unwrap();
    assert_eq!(v.registered_on, today());
    assert_eq!(v.applicants, [person(1, "张三")]);
    assert_eq!(v.facts, "两家因宅基地边界的排水沟发生争执");
    assert_eq!((v.people_involved, v.amount_fen), (0, 0));
    assert_eq!(v.referrer, "");
    assert_eq!(v.mediators, ["王调解"]);
}

#[test]
fn a_referred_wage_dispute_with_an_organisation() {
    let input = IntakeInput {
        source: SOURCE_REFERRAL.into(),
        referrer: " 县人民法院 ".into(),
        found_via: "park".into(),
        kind: "labour".into(),
        applicants: vec![person(1, "张三"), person(3, "王五")],
        respondents: vec![org(" 江西某建筑劳务有限公司 ", "91360722ma35l8k9xn")],
        people_involved: "１２".into(),
        amount: "86,400.50元".into(),
        mediators: vec![
            "王调解".into(),
            " ".into(),
            "王调解".into(),
            "刘调解".into(),
        ],
        escalation_risk: true,
        ..neighbours()
    };
    let v = validate_intake(&input, today()).unwrap();
    assert_eq!(v.referrer, "县人民法院");
    assert_eq!(
        v.respondents,
        [org("江西某建筑劳务有限公司", "91360722MA35L8K9XN")]
    );
    assert_eq!((v.people_involved, v.amount_fen), (12, 8_640_050));
    assert_eq!(v.mediators, ["王调解", "刘调解"]);
    assert!(v.escalation_risk);
    // The referrer is dropped when the source is not a referral.
    let other = IntakeInput {
        referrer: "县人民法院".into(),
        ..neighbours()
    };
    assert_eq!(validate_intake(&other, today()).unwrap().referrer, "");
}

#[test]
fn everything_wrong_at_once() {
    let input = IntakeInput {
        registered_on: "2026-11-30".into(),
        source: SOURCE_REFERRAL.into(),
        referrer: " ".into(),
        kind: "".into(),
        applicants: vec![],
        respondents: vec![],
        facts: "字".repeat(FACTS_MAX + 1),
        people_involved: "-3".into(),
        amount: "-100".into(),
        mediators: vec![" ".into()],
        ..Default::default()
    };
    let errors = errors_of(&input);
    let fields: Vec<_> = errors.iter().map(|e| e.0).collect();
    assert_eq!(
        fields,
        [
            "registered_on",
            "referrer",
            "kind",
            "applicants",
            "respondents",
            "facts",
            "people_involved",
            "amount",
            "mediators"
        ]
    );
    let messages: Vec<_> = errors.iter().map(|e| e.1.as_str()).collect();
    assert_eq!(messages[0], "登记日期不能晚于今天");
    assert_eq!(messages[1], "案件来源为委托移送时，请写移送单位");
    assert_eq!(messages[3], "至少要有一位申请人");
    assert_eq!(messages[4], "至少要有一位被申请人");
    assert_eq!(messages[5], "不能超过2000个字，现有2001个字");
    assert_eq!(messages[6], "数量不能是负数");
    assert_eq!(messages[7], "金额不能是负数");
    assert_eq!(messages[8], "至少要有一位调解员");
    // Source missing too.
    let no_source = IntakeInput {
        source: "".into(),
        ..neighbours()
    };
    assert_eq!(errors_of(&no_source), [("source", "必填".to_string())]);
}

#[test]
fn bad_dates_and_amounts_use_the_domain_messages() {
    for (registered_on, message) in [
        ("", "日期不能为空"),
        ("2026-02-30", "日期不存在：2026-02-30"),
        (
            "昨天",
            "日期格式不对，请写成 2026-01-05、20260105 或 2026/1/5",
        ),
    ] {
        let input = IntakeInput {
            registered_on: registered_on.into(),
            ..neighbours()
        };
        assert_eq!(errors_of(&input), [("registered_on", message.to_string())]);
    }
    for (amount, message) in [
        ("一千", "金额只能写数字，最多两位小数，如 1200 或 1200.50"),
        ("12.345", "金额最多两位小数（精确到分），如 1200.50"),
    ] {
        let input = IntakeInput {
            amount: amount.into(),
            ..neighbours()
        };
        assert_eq!(errors_of(&input), [("amount", message.to_string())]);
    }
    let input = IntakeInput {
        people_involved: "三人".into(),
        ..neighbours()
    };
    assert_eq!(
        errors_of(&input),
        [("people_involved", "数量只能写整数，如 3".to_string())]
    );
    // Today itself is fine; the facts exactly at the limit are fine.
    let input = IntakeInput {
        facts: "字".repeat(FACTS_MAX),
        ..neighbours()
    };
    assert!(validate_intake(&input, today()).is_ok());
}

#[test]
fn the_same_party_on_both_sides_is_refused() {
    let input = IntakeInput {
        applicants: vec![person(1, "张三")],
        respondents: vec![person(2, "李四"), person(1, "张三")],
        ..neighbours()
    };
    assert_eq!(
        errors_of(&input),
        [(
            "respondents",
            "「张三」不能既是申请人又是被申请人".to_string()
        )]
    );
    let input = IntakeInput {
        applicants: vec![org("某公司", "91350100M000100Y43")],
        respondents: vec![org("某公司（分公司）", " 91350100m000100y43")],
        ..neighbours()
    };
    assert_eq!(
        errors_of(&input),
        [(
            "respondents",
            "「某公司（分公司）」不能既是申请人又是被申请人".to_string()
        )]
    );
    // Two organisations without credit codes are not taken for the same one.
    let input = IntakeInput {
        applicants: vec![org("村委会", "")],
        respondents: vec![org("村委会", "")],
        ..neighbours()
    };
    assert!(validate_intake(&input, today()).is_ok());
}

#[test]
fn organisation_problems_name_the_organisation() {
    let long = "长".repeat(ORG_NAME_MAX + 1);
    let input = IntakeInput {
        applicants: vec![person(1, "张三"), person(1, "张三")],
        respondents: vec![
            org("某建筑公司", "91350100M000100Y44"),
            org(" ", "123"),
            org(&long, ""),
        ],
        ..neighbours()
    };
    let errors = errors_of(&input);
    assert_eq!(
        errors,
        [
            ("applicants", "「张三」填写了两次".to_string()),
            (
                "respondents",
                format!(
                    "「某建筑公司」：统一社会信用代码校验位错误（应为3），请核对是否输错；\
                     单位名称不能为空；\
                     「未写名称的单位」：统一社会信用代码应为18位，现为3位；\
                     「{long}」：不能超过50个字，现有51个字"
                )
            ),
        ]
    );
    let at_limit = IntakeInput {
        respondents: vec![org(&"长".repeat(ORG_NAME_MAX), "")],
        ..neighbours()
    };
    assert!(validate_intake(&at_limit, today()).is_ok());
}

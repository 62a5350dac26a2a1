//! 纠纷受理 as the desk uses it: one dispute from intake to 归档 with Chinese text, bad input
//! refused at its field with nothing saved, and case numbers that never repeat — not even when
//! two desks accept at the same moment.

mod common;

use chrono::NaiveDate;
use common::*;
use crossterm::event::KeyCode;
use sifa_desk::domain::dispute::{
    Action, IntakeInput, PartyInput, Status, allowed, validate_intake,
};
use sifa_desk::domain::{PersonInput, validate_person};
use sifa_desk::store::disputes;
use sifa_desk::store::persons::{self, Saved};
use sifa_desk::store::{OpenOptions, Store, inspect};
use sifa_desk::ui::App;
use sifa_desk::ui::keymap::Mode;

fn person(store: &mut Store, name: &str) -> i64 {
    let p = validate_person(
        &PersonInput {
            name: name.into(),
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    match persons::create(store, &p, None).unwrap() {
        Saved::Created(id) | Saved::Existing(id) => id,
    }
}

/// A valid 1-against-1 neighbour dispute registered on `on`.
fn simple_intake(
    a: (i64, &str),
    b: (i64, &str),
    on: &str,
) -> sifa_desk::domain::dispute::ValidIntake {
    validate_intake(
        &IntakeInput {
            registered_on: on.into(),
            source: "apply".into(),
            kind: "neighbour".into(),
            applicants: vec![PartyInput::Person {
                person_id: a.0,
                name: a.1.into(),
            }],
            respondents: vec![PartyInput::Person {
                person_id: b.0,
                name: b.1.into(),
            }],
            facts: "邻里纠纷".into(),
            mediators: vec!["张敏".into()],
            ..Default::default()
        },
        today(),
    )
    .unwrap()
}

/// 受理 of case `id` on the day `(y, m, d)`, with the prefix 版石.
fn accept(store: &mut Store, id: i64, (y, m, d): (i32, u32, u32)) {
    let on = NaiveDate::from_ymd_opt(y, m, d).unwrap();
    disputes::step(store, id, &Action::Accept { on }, &serde_json::json!({})).unwrap();
}

/// Picks a registered person into the focused person field by name.
fn pick(app: &mut App, name: &str) {
    typed(app, name);
    key(app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Picker, "{}", screen(app));
    key(app, KeyCode::Enter);
}

/// F4 on the open case, the step by its label, and the step's form filled by `fill`.
fn step(app: &mut App, label: &str, fill: impl FnOnce(&mut App)) {
    key(app, KeyCode::F(4));
    let menu = screen(app);
    let line = menu
        .lines()
        .find(|l| l.contains(&format!(". {label}")))
        .unwrap_or_else(|| panic!("{label} not offered:\n{menu}"));
    // The item's number is the digit just before ". label".
    let at = line.find(&format!(". {label}")).unwrap();
    let n: usize = line[..at]
        .chars()
        .last()
        .and_then(|c| c.to_digit(10))
        .unwrap() as usize;
    for _ in 1..n {
        key(app, KeyCode::Down);
    }
    key(app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Form, "{}", screen(app));
    fill(app);
    key(app, KeyCode::F(10));
    assert_eq!(app.mode(), Mode::Browse, "{label}: {}", screen(app));
}

#[test]
fn a_dispute_goes_from_intake_to_archive() {
    let mut store = office_store();
    person(&mut store, "张三");
    person(&mut store, "欧阳娜娜");
    let mut app = App::new(store, clock()).unwrap();
    assert!(screen(&app).contains("还没有纠纷登记"));
    key(&mut app, KeyCode::F(2));
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "2"); // 纠纷类型: 邻里
    key(&mut app, KeyCode::Tab);
    pick(&mut app, "张三");
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab); // 申请人（二）, 申请单位, 信用代码: none
    }
    pick(&mut app, "oynn");
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "两家因宅基地边界砌墙发生争执，申请人要求拆除");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "6");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "3000");
    key(&mut app, KeyCode::F(10));
    assert_eq!(app.mode(), Mode::Browse, "{}", screen(&app));
    let list = screen(&app);
    assert!(list.contains("张三 诉 欧阳娜娜"), "{list}");
    assert!(list.contains("未受理"));

    key(&mut app, KeyCode::Enter);
    step(&mut app, "受理", |_| {});
    let case = screen(&app);
    assert!(case.contains("〔2026〕版石人调字第001号"), "{case}");
    assert!(case.contains("调解期限：2026-12-29"));
    step(&mut app, "记录调解", |app| {
        key(app, KeyCode::Tab);
        typed(app, "村委会");
        key(app, KeyCode::Tab);
        typed(app, "双方到场，各自陈述");
    });
    step(&mut app, "达成协议", |app| {
        key(app, KeyCode::Tab); // 书面
        key(app, KeyCode::Tab);
        typed(app, "被申请人拆除越界部分围墙");
        key(app, KeyCode::Tab);
        typed(app, "2026-11-29");
    });
    assert!(screen(&app).contains("履行中"));
    step(&mut app, "记录履行", |_| {}); // 履行完毕
    step(&mut app, "回访", |app| {
        key(app, KeyCode::Tab);
        key(app, KeyCode::Tab);
        typed(app, "已拆除，双方满意");
    });
    step(&mut app, "归档", |_| {});
    let case = screen(&app);
    assert!(case.contains("状态：已归档"), "{case}");
    key(&mut app, KeyCode::F(4));
    assert!(
        screen(&app).contains("已办结"),
        "nothing is offered after 归档"
    );

    let (status, case_no, amount, events): (String, String, i64, i64) = inspect::row(
        app.store(),
        "SELECT status, case_no, amount_fen,
                    (SELECT count(*) FROM dispute_events WHERE dispute_id = d.id)
             FROM disputes d",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )
    .unwrap();
    assert_eq!(status, "archived");
    assert_eq!(case_no, "〔2026〕版石人调字第001号");
    assert_eq!(amount, 300_000);
    assert_eq!(events, 7, "登记 and six steps");
    assert_eq!(
        count(
            app.store(),
            "SELECT count(*) FROM audit_log WHERE table_name = 'disputes' AND action = 'update'"
        ),
        6
    );
}

#[test]
fn a_new_case_is_selected_wherever_its_date_puts_it() {
    let mut store = office_store();
    let a = person(&mut store, "张三");
    let b = person(&mut store, "李四");
    for day in ["2026-11-20", "2026-11-24", "2026-11-28"] {
        disputes::register(
            &mut store,
            &simple_intake((a, "张三"), (b, "李四"), day),
            None,
        )
        .unwrap();
    }
    person(&mut store, "欧阳娜娜");
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::End); // the selection far from where the new case goes
    key(&mut app, KeyCode::F(2));
    for _ in 0..10 {
        key(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "2026-11-22"); // between the second and the third
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "2");
    key(&mut app, KeyCode::Tab);
    pick(&mut app, "oynn");
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab); // 申请人（二）, 申请单位, 信用代码
    }
    pick(&mut app, "张三");
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "排水沟堵塞引发争执");
    key(&mut app, KeyCode::F(10));
    assert_eq!(app.mode(), Mode::Browse, "{}", screen(&app));
    let list = screen(&app);
    let selected = list.lines().find(|l| l.contains('▶')).unwrap_or_default();
    assert!(selected.contains("欧阳娜娜 诉 张三"), "{list}");
}

#[test]
fn bad_intake_is_refused_at_its_field_and_nothing_is_saved() {
    let mut store = office_store();
    person(&mut store, "张三");
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::F(2));
    typed(&mut app, "3"); // 2026-11-293: not a date
    key(&mut app, KeyCode::Tab);
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    pick(&mut app, "张三");
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab); // 申请人（二）, 申请单位, 信用代码
    }
    pick(&mut app, "张三"); // the same person on both sides
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "91350100M000100Y44"); // wrong check character
    key(&mut app, KeyCode::Tab);
    typed(&mut app, &"争".repeat(2001));
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "-5");
    key(&mut app, KeyCode::F(10));
    // The facts are a note of several lines: every error shows on a 120×40 screen.
    let form = draw(&app, 120, 40).0;
    assert!(form.contains("不能超过2000个字"), "{form}");
    assert!(form.contains("负数"), "{form}");
    assert_eq!(count(app.store(), "SELECT count(*) FROM disputes"), 0);
}

#[test]
fn intake_rules_name_each_problem() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let input = IntakeInput {
        registered_on: "2026-12-01".into(),
        source: "apply".into(),
        kind: "neighbour".into(),
        respondents: vec![PartyInput::Organisation {
            name: "某公司".into(),
            credit_code: "91350100M000100Y44".into(),
        }],
        facts: "x".into(),
        amount: "abc".into(),
        mediators: vec!["张敏".into()],
        ..Default::default()
    };
    let errors = validate_intake(&input, today).unwrap_err();
    let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
    for f in ["registered_on", "applicants", "respondents", "amount"] {
        assert!(fields.contains(&f), "{f} missing from {fields:?}");
    }
}

#[test]
fn two_desks_accepting_at_once_get_different_case_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sifa.db");
    {
        let mut store = Store::open(&path, &OpenOptions::default()).unwrap();
        let office =
            sifa_desk::domain::office::validate_office(&sifa_desk::domain::office::OfficeInput {
                name: "版石镇司法所".into(),
                code: "360726101".into(),
                ..Default::default()
            })
            .unwrap();
        sifa_desk::store::offices::setup(&mut store, &office, "张敏").unwrap();
        let a = person(&mut store, "张三");
        let b = person(&mut store, "李四");
        for _ in 0..20 {
            let valid = simple_intake((a, "张三"), (b, "李四"), "2026-11-01");
            disputes::register(&mut store, &valid, None).unwrap();
        }
    }
    let desks: Vec<_> = (0..2)
        .map(|desk| {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut store = Store::open(&path, &OpenOptions::default()).unwrap();
                store.set_operator(if desk == 0 { "张敏" } else { "李四" });
                for id in (1..=20).filter(|id| id % 2 == desk) {
                    accept(&mut store, id, (2026, 11, 2));
                }
            })
        })
        .collect();
    for d in desks {
        d.join().unwrap();
    }
    let mut store = Store::open(&path, &OpenOptions::default()).unwrap();
    let mut seqs: Vec<i64> = inspect::column(
        &store,
        "SELECT case_seq FROM disputes ORDER BY case_seq",
        [],
    )
    .unwrap();
    seqs.dedup();
    assert_eq!(
        seqs,
        (1..=20).collect::<Vec<i64>>(),
        "twenty different numbers, none skipped"
    );
    // A voided case keeps its number: the next one is 21, not 20.
    disputes::void(&mut store, 20, "重复登记").unwrap();
    let a = person(&mut store, "王五");
    let b = person(&mut store, "赵六");
    let valid = simple_intake((a, "王五"), (b, "赵六"), "2026-11-03");
    let id = disputes::register(&mut store, &valid, None).unwrap();
    accept(&mut store, id, (2026, 11, 3));
    let case_no: String =
        inspect::value(&store, "SELECT case_no FROM disputes WHERE id = ?1", [id]).unwrap();
    assert_eq!(case_no, "〔2026〕版石人调字第021号");
}

#[test]
fn the_case_screen_offers_exactly_what_the_state_machine_allows() {
    let mut store = office_store();
    let a = person(&mut store, "张三");
    let b = person(&mut store, "李四");
    let valid = simple_intake((a, "张三"), (b, "李四"), "2026-11-20");
    let id = disputes::register(&mut store, &valid, None).unwrap();
    accept(&mut store, id, (2026, 11, 21));
    let state = disputes::state_of(&store, id).unwrap();
    assert_eq!(state.status, Status::Mediating);
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::F(4));
    let menu = screen(&app);
    let offered: Vec<&str> = allowed(&state).iter().map(|k| k.label()).collect();
    for (i, label) in offered.iter().enumerate() {
        assert!(
            menu.contains(&format!("{}. {label}", i + 1)),
            "{label}: {menu}"
        );
    }
    assert!(!menu.contains("回访"), "no 回访 before an agreement");
    assert!(!menu.contains("归档"), "no 归档 of an open case");
}

#[test]
fn snapshots_of_the_register_and_a_case_with_an_escalation_risk() {
    let mut store = office_store();
    let a = person(&mut store, "尉迟恭");
    let b = person(&mut store, "单");
    let mut valid = validate_intake(
        &IntakeInput {
            registered_on: "2026-10-20".into(),
            source: "referral".into(),
            referrer: "县人民法院".into(),
            kind: "land".into(),
            applicants: vec![PartyInput::Person {
                person_id: a,
                name: "尉迟恭".into(),
            }],
            respondents: vec![
                PartyInput::Person {
                    person_id: b,
                    name: "单".into(),
                },
                PartyInput::Organisation {
                    name: "安远县某某建筑有限公司".into(),
                    credit_code: String::new(),
                },
            ],
            facts: "山林边界不清，双方多次发生冲突，有激化苗头".into(),
            people_involved: "12".into(),
            amount: "50000".into(),
            mediators: vec!["张敏".into()],
            escalation_risk: true,
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    valid.difficult = true;
    let id = disputes::register(&mut store, &valid, Some("2026-10-20T09:30")).unwrap();
    accept(&mut store, id, (2026, 10, 21));
    let mut app = App::new(store, clock()).unwrap();
    let list = draw(&app, 80, 24).0;
    assert!(list.contains("逾期"), "due 2026-11-20, today 11-29: {list}");
    insta::assert_snapshot!("disputes_register_80x24", list);
    key(&mut app, KeyCode::Enter);
    let case = draw(&app, 120, 40).0;
    assert!(case.contains("已于 2026-10-20 09:30 报告公安机关"));
    insta::assert_snapshot!("disputes_case_120x40", case);
}

#[test]
fn the_register_filters_by_party_status_and_overdue() {
    let mut store = office_store();
    let names = ["张三", "李四", "王五", "赵六"];
    let ids: Vec<i64> = names.iter().map(|n| person(&mut store, n)).collect();
    for (i, pair) in ids.chunks(2).enumerate() {
        let valid = validate_intake(
            &IntakeInput {
                registered_on: format!("2026-10-{:02}", 10 + i),
                source: "apply".into(),
                kind: ["neighbour", "marriage"][i].into(),
                applicants: vec![PartyInput::Person {
                    person_id: pair[0],
                    name: names[i * 2].into(),
                }],
                respondents: vec![PartyInput::Person {
                    person_id: pair[1],
                    name: names[i * 2 + 1].into(),
                }],
                facts: "纠纷".into(),
                mediators: vec!["张敏".into()],
                ..Default::default()
            },
            today(),
        )
        .unwrap();
        let id = disputes::register(&mut store, &valid, None).unwrap();
        if i == 0 {
            accept(&mut store, id, (2026, 10, 12));
        }
    }
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::F(3));
    typed(&mut app, "ww"); // 王五 by initials
    key(&mut app, KeyCode::F(10));
    let text = screen(&app);
    assert!(
        text.contains("王五 诉 赵六") && !text.contains("张三"),
        "{text}"
    );
    key(&mut app, KeyCode::Esc);
    assert!(
        screen(&app).contains("张三 诉 李四"),
        "Esc clears the filter"
    );
    key(&mut app, KeyCode::F(3));
    for _ in 0..7 {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::Right); // 只看逾期: 是
    key(&mut app, KeyCode::F(10));
    let text = screen(&app);
    assert!(
        text.contains("张三 诉 李四") && !text.contains("王五"),
        "{text}"
    );
}

#[test]
fn a_side_grows_a_field_for_each_party_picked() {
    let mut store = office_store();
    for n in ["张三", "李四", "王五", "赵六"] {
        person(&mut store, n);
    }
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::F(2));
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "2");
    key(&mut app, KeyCode::Tab);
    pick(&mut app, "张三");
    pick(&mut app, "李四");
    assert!(
        screen(&app).contains("申请人（三）"),
        "a third applicant field appears"
    );
    pick(&mut app, "王五");
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab); // 申请人（四）, 申请单位, 信用代码: none
    }
    pick(&mut app, "赵六");
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab); // 被申请人（二）, 单位, 信用代码
    }
    typed(&mut app, "三户村民与赵六因灌溉用水发生纠纷");
    key(&mut app, KeyCode::F(10));
    assert_eq!(app.mode(), Mode::Browse, "{}", screen(&app));
    let wide = draw(&app, 120, 40).0;
    assert!(wide.contains("张三、李四、王五 诉 赵六"), "{wide}");
    assert_eq!(
        count(
            app.store(),
            "SELECT count(*) FROM dispute_parties WHERE side = 'applicant'"
        ),
        3
    );
}

#[test]
fn telling_the_police_is_recorded_later_and_the_prefix_is_a_setting() {
    let mut store = office_store();
    let a = person(&mut store, "张三");
    let b = person(&mut store, "李四");
    let mut valid = simple_intake((a, "张三"), (b, "李四"), "2026-11-28");
    valid.escalation_risk = true;
    let id = disputes::register(&mut store, &valid, None).unwrap();
    let mut app = App::new(store, clock()).unwrap();
    // Settings → 纠纷受理 (the eighth section): the case-number prefix.
    key(&mut app, KeyCode::F(12));
    for _ in 0..7 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::End);
    for _ in 0..2 {
        key(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "城关");
    key(&mut app, KeyCode::F(10));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app).contains("易激化纠纷须及时报告公安机关"));
    step(&mut app, "记录已报告公安机关", |_| {});
    assert!(
        screen(&app).contains("已于 2026-11-29 10:30 报告公安机关"),
        "{}",
        screen(&app)
    );
    step(&mut app, "受理", |_| {});
    let no: String = inspect::value(
        app.store(),
        "SELECT case_no FROM disputes WHERE id = ?1",
        [id],
    )
    .unwrap();
    assert_eq!(no, "〔2026〕城关人调字第001号");
}

#[test]
fn voiding_a_case_names_it_above_the_reason() {
    let mut store = office_store();
    let a = person(&mut store, "张三");
    let b = person(&mut store, "李四");
    let id = disputes::register(
        &mut store,
        &simple_intake((a, "张三"), (b, "李四"), "2026-11-20"),
        None,
    )
    .unwrap();
    accept(&mut store, id, (2026, 11, 21));
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::F(8));
    let form = screen(&app);
    let reason = form.find("作废原因").unwrap_or(0);
    for about in ["版石人调字第001号", "2026-11-20", "张三 诉 李四"] {
        assert!(
            form.find(about).is_some_and(|at| at < reason),
            "{about}:\n{form}"
        );
    }
    typed(&mut app, "重复登记");
    key(&mut app, KeyCode::F(10));
    assert_eq!(app.mode(), Mode::Browse, "{}", screen(&app));
    assert_eq!(
        count(
            app.store(),
            "SELECT count(*) FROM disputes WHERE voided_at IS NOT NULL"
        ),
        1
    );
}

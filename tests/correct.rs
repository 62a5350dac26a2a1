//! 更正登记信息 (issue 11, item 1): a saved case's intake is corrected from its screen; the
//! change is audited before and after, the correction is an entry of 办理经过, the case number
//! and the earlier steps are never rewritten; a party of a reached agreement cannot be removed.

mod common;

use chrono::NaiveDate;
use common::{clock, count, key, office_store, person, screen, today, typed};
use crossterm::event::KeyCode;
use sifa_desk::domain::dispute::{
    Action, AgreementForm, IntakeInput, PartyInput, ValidIntake, validate_intake,
};
use sifa_desk::store::{Store, disputes, inspect};
use sifa_desk::ui::App;
use sifa_desk::ui::keymap::Mode;

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

fn intake(a: (i64, &str), b: (i64, &str), facts: &str) -> ValidIntake {
    validate_intake(
        &IntakeInput {
            registered_on: "2026-11-20".into(),
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
            facts: facts.into(),
            mediators: vec!["张敏".into()],
            ..Default::default()
        },
        today(),
    )
    .unwrap()
}

fn case(store: &mut Store) -> (i64, i64, i64) {
    let a = person(store, "欧阳娜娜");
    let b = person(store, "单");
    let id = disputes::register(
        store,
        &intake((a, "欧阳娜娜"), (b, "单"), "排水沟纠纷"),
        None,
    )
    .unwrap();
    let json = serde_json::json!({});
    disputes::step(store, id, &Action::Accept { on: d(11, 21) }, &json).unwrap();
    (id, a, b)
}

#[test]
fn the_facts_are_corrected_from_the_case_screen_audited_and_added_to_the_history() {
    let mut store = office_store();
    let (id, _, _) = case(&mut store);
    let case_no: String =
        inspect::value(&store, "SELECT case_no FROM disputes WHERE id = ?1", [id]).unwrap();
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::F(4));
    let menu = screen(&app);
    let line = menu
        .lines()
        .find(|l| l.contains(". 更正登记信息"))
        .unwrap_or_else(|| panic!("{menu}"));
    let digit = line
        .split(". 更正登记信息")
        .next()
        .and_then(|p| p.chars().last())
        .unwrap();
    key(&mut app, KeyCode::Char(digit));
    assert_eq!(app.mode(), Mode::Form, "{}", screen(&app));
    let form = common::draw(&app, 120, 40).0;
    for shown in ["更正登记信息", "排水沟纠纷", "欧阳娜娜", "单"] {
        assert!(form.contains(shown), "{shown}\n{form}");
    }
    // 纠纷简要情况: the caret goes there and adds to it.
    for _ in 0..12 {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::End);
    typed(&mut app, "，涉及约二十米");
    key(&mut app, KeyCode::F(10));
    assert_ne!(app.mode(), Mode::Form, "{}", common::draw(&app, 120, 40).0);
    let store = app.store();
    let (facts, now_no): (String, String) = inspect::row(
        store,
        "SELECT facts, case_no FROM disputes WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap();
    assert_eq!(facts, "排水沟纠纷，涉及约二十米");
    assert_eq!(now_no, case_no, "the case number is never rewritten");
    assert_eq!(
        count(
            store,
            "SELECT count(*) FROM dispute_events WHERE action = 'corrected'
               AND details LIKE '%纠纷简要情况%'"
        ),
        1
    );
    assert_eq!(
        count(
            store,
            "SELECT count(*) FROM audit_log WHERE table_name = 'disputes' AND action = 'update'
               AND before_json LIKE '%排水沟纠纷\"%' AND after_json LIKE '%涉及约二十米%'"
        ),
        1,
        "the audit row holds before and after"
    );
    let history = common::draw(&app, 120, 40).0;
    assert!(history.contains("更正登记信息"), "{history}");
}

#[test]
fn a_party_of_an_agreement_cannot_be_removed_and_nothing_changed_is_said() {
    let mut store = office_store();
    let (id, a, b) = case(&mut store);
    let c = person(&mut store, "尉迟恭");
    let same = intake((a, "欧阳娜娜"), (b, "单"), "排水沟纠纷");
    assert_eq!(
        disputes::correct(&mut store, id, &same, today()).unwrap(),
        Err("没有改动任何内容".to_string())
    );
    // Before an agreement a party may be replaced …
    let other = intake((a, "欧阳娜娜"), (c, "尉迟恭"), "排水沟纠纷");
    let before = count(
        &store,
        "SELECT count(*) FROM dispute_parties WHERE voided_at IS NULL",
    );
    disputes::correct(&mut store, id, &other, today())
        .unwrap()
        .unwrap();
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM dispute_parties WHERE voided_at IS NULL"
        ),
        before,
        "one voided, one added"
    );
    // … after it, not.
    let json = serde_json::json!({});
    disputes::step(
        &mut store,
        id,
        &Action::Agree {
            on: d(11, 25),
            form: AgreementForm::Written,
            perform_by: None,
        },
        &json,
    )
    .unwrap();
    let back = intake((a, "欧阳娜娜"), (b, "单"), "排水沟纠纷");
    let refused = disputes::correct(&mut store, id, &back, today()).unwrap();
    assert_eq!(
        refused,
        Err("已达成调解协议，协议当事人不能删除：尉迟恭".to_string())
    );
}

#[test]
fn an_organisation_may_apply_and_a_side_may_hold_several() {
    let mut store = office_store();
    person(&mut store, "张三");
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::F(2));
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "4"); // 纠纷类型: 合同
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab); // 申请人, 申请人（二）: none
    }
    typed(&mut app, "安远县鑫达脐橙专业合作社"); // 申请单位
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab); // its code: none; 申请单位（二） appeared: none
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "张三"); // 被申请人, from the registry
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Tab); // 被申请人（二）: none
    typed(&mut app, "甲建材公司");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    let form = common::draw(&app, 120, 40).0;
    assert!(form.contains("被申请单位（二）"), "{form}");
    typed(&mut app, "乙物流公司");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab); // 被申请单位（三）, its code: none
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "货款结算纠纷");
    key(&mut app, KeyCode::F(10));
    assert_eq!(
        app.mode(),
        Mode::Browse,
        "{}",
        common::draw(&app, 120, 40).0
    );
    let store = app.store();
    assert_eq!(
        count(
            store,
            "SELECT count(*) FROM dispute_parties WHERE side = 'applicant' AND org_name <> ''"
        ),
        1
    );
    assert_eq!(
        count(
            store,
            "SELECT count(*) FROM dispute_parties WHERE side = 'respondent' AND org_name <> ''"
        ),
        2
    );
    assert_eq!(
        count(
            store,
            "SELECT count(*) FROM dispute_parties WHERE side = 'respondent' AND person_id IS NOT NULL"
        ),
        1
    );
}

#[test]
fn a_steps_written_record_is_corrected_by_a_new_entry_the_step_stays() {
    let mut store = office_store();
    let (id, _, _) = case(&mut store);
    let notes = serde_json::json!({"place": "村委会", "notes": "双方同意各退一米"});
    disputes::step(
        &mut store,
        id,
        &Action::RecordSession { on: d(11, 22) },
        &notes,
    )
    .unwrap();
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Tab); // 办理经过: 登记, 受理, 记录调解
    for _ in 0..2 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Form, "{}", common::draw(&app, 120, 40).0);
    let form = common::draw(&app, 120, 40).0;
    assert!(form.contains("双方同意各退一米"), "{form}");
    // 地点 stays; 调解记录 gets a word more; 更正说明 is required.
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::End);
    typed(&mut app, "半");
    key(&mut app, KeyCode::F(10));
    assert_eq!(app.mode(), Mode::Form, "更正说明 is required");
    typed(&mut app, "笔误，应为一米半");
    key(&mut app, KeyCode::F(10));
    assert_ne!(app.mode(), Mode::Form, "{}", common::draw(&app, 120, 40).0);
    let store = app.store();
    assert_eq!(
        count(
            store,
            "SELECT count(*) FROM dispute_events WHERE action = 'session'
               AND details LIKE '%各退一米\"%'"
        ),
        1,
        "the step itself is never rewritten"
    );
    assert_eq!(
        count(
            store,
            "SELECT count(*) FROM dispute_events WHERE action = 'corrected'
               AND details LIKE '%各退一米半%' AND details LIKE '%笔误%'"
        ),
        1
    );
    let page = common::draw(&app, 120, 40).0;
    assert!(
        page.contains("更正的步骤") && page.contains("笔误，应为一米半"),
        "{page}"
    );
}

//! One person, entered once (issue 11, item 2): a name typed into a person field that people
//! in the registry already have opens the picker on them — take one, make a new person, or
//! keep the name only (no false link, no silent duplicate).

mod common;

use common::{clock, count, key, office_store, person, screen, typed};
use crossterm::event::KeyCode;
use sifa_desk::ui::App;
use sifa_desk::ui::keymap::Mode;

/// The ledger's F2 with `name` typed into 来访人 and Tab pressed.
fn visitor_typed(app: &mut App, name: &str) {
    key(app, KeyCode::F(2));
    for _ in 0..3 {
        key(app, KeyCode::Tab);
    }
    typed(app, name);
    key(app, KeyCode::Tab);
}

/// The rest of a ledger entry, then F10.
fn finish_entry(app: &mut App) {
    typed(app, "1");
    key(app, KeyCode::Tab);
    typed(app, "咨询赡养费");
    key(app, KeyCode::F(10));
}

#[test]
fn a_known_name_asks_which_person_and_a_kept_name_stays_a_name() {
    let mut store = office_store();
    person(&mut store, "王芳");
    let other = sifa_desk::domain::validate_person(
        &sifa_desk::domain::PersonInput {
            name: "王芳".into(),
            id_number: "360726199001011233".into(),
            ..Default::default()
        },
        common::today(),
    )
    .unwrap();
    sifa_desk::store::persons::create(&mut store, &other, None).unwrap();
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::Char('5'));

    // Two 王芳 in the registry: the picker opens on them.
    visitor_typed(&mut app, "王芳");
    assert_eq!(app.mode(), Mode::Picker, "{}", screen(&app));
    let picker = screen(&app);
    assert!(picker.contains("已有同名人员"), "{picker}");
    assert!(
        picker.contains("3607**********1233"),
        "shown with the masked ID\n{picker}"
    );
    // Esc keeps the name only; leaving the field again does not ask twice.
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Form);
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.mode(), Mode::Form);
    finish_entry(&mut app);
    assert_eq!(app.mode(), Mode::Browse, "{}", screen(&app));
    assert_eq!(
        count(
            app.store(),
            "SELECT count(*) FROM service_entries WHERE person_id IS NULL AND visitor_name = '王芳'"
        ),
        1,
        "a name kept as a name: no false link"
    );

    // The next visitor of that name is one of them: Enter takes the highlighted one.
    visitor_typed(&mut app, "王芳");
    assert_eq!(app.mode(), Mode::Picker);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Form);
    finish_entry(&mut app);
    assert_eq!(
        count(
            app.store(),
            "SELECT count(*) FROM service_entries WHERE person_id IS NOT NULL"
        ),
        1
    );
    assert_eq!(
        count(
            app.store(),
            "SELECT count(*) FROM persons WHERE name = '王芳'"
        ),
        2,
        "no silent duplicate"
    );
}

#[test]
fn a_new_name_is_not_asked_about_and_a_name_saved_at_once_still_is() {
    let mut store = office_store();
    person(&mut store, "李秀英");
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::Char('5'));
    // Nobody of this name: no question.
    visitor_typed(&mut app, "欧阳娜娜");
    assert_eq!(app.mode(), Mode::Form, "{}", screen(&app));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Enter);
    // A known name typed last and F10 pressed at once: asked before saving, nothing saved.
    key(&mut app, KeyCode::F(2));
    for _ in 0..5 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "1");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "咨询赡养费");
    for _ in 0..3 {
        key(&mut app, KeyCode::BackTab);
    }
    typed(&mut app, "李秀英");
    key(&mut app, KeyCode::F(10));
    assert_eq!(app.mode(), Mode::Picker, "{}", screen(&app));
    assert_eq!(
        count(app.store(), "SELECT count(*) FROM service_entries"),
        0
    );
}

#[test]
fn a_dispute_party_typed_as_a_name_only_is_refused_at_its_field_not_dropped() {
    let mut app = App::new(office_store(), clock()).unwrap();
    key(&mut app, KeyCode::Char('1'));
    key(&mut app, KeyCode::F(2));
    // 登记日期, 来源, 转交单位, 发现渠道, then 纠纷类型: a digit picks 邻里.
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "2");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "赵大"); // 申请人: nobody of this name, so no question
    for _ in 0..8 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "宅基地界址争议");
    key(&mut app, KeyCode::F(10));
    let form = common::draw(&app, 120, 40).0;
    assert_eq!(app.mode(), Mode::Form, "{form}");
    assert!(form.contains("当事人须从人员库选定"), "{form}");
    assert_eq!(count(app.store(), "SELECT count(*) FROM disputes"), 0);
}

#[test]
fn a_persons_own_screen_shows_their_disputes_with_status_and_their_visits() {
    use sifa_desk::domain::dispute::{IntakeInput, PartyInput, validate_intake};
    use sifa_desk::domain::ledger::{EntryInput, validate_entry};
    let mut store = office_store();
    let zhang = person(&mut store, "张三");
    let li = person(&mut store, "李四");
    let now = common::today().and_hms_opt(10, 30, 0).unwrap();
    for summary in ["咨询借款", "咨询工伤"] {
        let entry = validate_entry(
            &EntryInput {
                served_at: "2026-11-29 09:00".into(),
                channel: "window".into(),
                service: "consult".into(),
                person_id: Some(zhang),
                matter: "debt".into(),
                summary: summary.into(),
                outcome: "answered".into(),
                handler: "张敏".into(),
                ..Default::default()
            },
            now,
        )
        .unwrap();
        sifa_desk::store::ledger::insert(&mut store, &entry).unwrap();
    }
    let intake = validate_intake(
        &IntakeInput {
            registered_on: "2026-11-20".into(),
            source: "apply".into(),
            kind: "neighbour".into(),
            applicants: vec![PartyInput::Person {
                person_id: zhang,
                name: "张三".into(),
            }],
            respondents: vec![PartyInput::Person {
                person_id: li,
                name: "李四".into(),
            }],
            facts: "排水沟纠纷".into(),
            mediators: vec!["张敏".into()],
            ..Default::default()
        },
        common::today(),
    )
    .unwrap();
    sifa_desk::store::disputes::register(&mut store, &intake, None).unwrap();
    let mut app = App::new(store, clock()).unwrap();
    // 设置 → 人员库, find 张三 with F3, Enter on the match: the person's own screen.
    key(&mut app, KeyCode::F(12));
    for _ in 0..4 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::F(3));
    typed(&mut app, "张三");
    key(&mut app, KeyCode::Enter);
    let own = common::draw(&app, 120, 40).0;
    for shown in [
        "人员：张三",
        "纠纷（1）",
        "申请人",
        "登记",
        "服务台账（2）",
        "咨询工伤",
    ] {
        assert!(own.contains(shown), "{shown}\n{own}");
    }
}

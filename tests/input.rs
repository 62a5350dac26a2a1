//! Input and text (issue 11, item 12): a paste arrives whole, a newline in it never moves the
//! focus, invisible direction and zero-width characters are refused when typed and shown
//! escaped when stored, 已保存 does not stand over a new form, and dates typed years off are
//! refused.

mod common;

use common::*;
use crossterm::event::KeyCode;
use sifa_desk::domain::ledger::{EntryInput, validate_entry};
use sifa_desk::store::{Store, inspect, ledger};
use sifa_desk::ui::App;
use sifa_desk::ui::keymap::Mode;

fn ledger_app(store: Store) -> App {
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::Char('5'));
    app
}

/// F2, then Tab to 来访人 (时间, 渠道 and 服务类型 keep their defaults).
fn new_entry_at_visitor(app: &mut App) {
    key(app, KeyCode::F(2));
    for _ in 0..3 {
        key(app, KeyCode::Tab);
    }
}

/// From 来访人 with a name typed: Tab (a name only), 特殊群体, 事项类别 1, then 摘要.
fn to_summary(app: &mut App) {
    key(app, KeyCode::Tab);
    key(app, KeyCode::Tab);
    typed(app, "1");
    key(app, KeyCode::Tab);
}

fn saved_entry(app: &App) -> (String, String) {
    inspect::row(
        app.store(),
        "SELECT visitor_name, summary FROM service_entries",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap()
}

#[test]
fn a_paste_is_one_insertion_and_its_newlines_do_not_leave_the_field() {
    let mut app = ledger_app(office_store());
    new_entry_at_visitor(&mut app);
    // A name pasted with a line break and a zero-width space: one line, nothing invisible.
    assert!(app.handle_paste("王\u{200B}\r\n五"));
    assert_eq!(app.mode(), Mode::Form);
    to_summary(&mut app);
    assert!(app.handle_paste("第一行\r\n第二行\n第三行\t完"));
    // The F10 right after the paste is taken at once.
    key(&mut app, KeyCode::F(10));
    assert_eq!(app.mode(), Mode::Browse, "{}", screen(&app));
    assert_eq!(
        saved_entry(&app),
        ("王 五".to_string(), "第一行 第二行 第三行 完".to_string()),
        "a note folds a pasted line break to a space, a one-line field too"
    );
}

#[test]
fn a_five_thousand_character_paste_is_in_the_field_at_once() {
    let mut app = ledger_app(office_store());
    new_entry_at_visitor(&mut app);
    typed(&mut app, "匿名");
    to_summary(&mut app);
    let long: String = "调解".repeat(2_500);
    assert!(app.handle_paste(&long));
    key(&mut app, KeyCode::F(10));
    // The whole paste is in the field: the length check counts all 5,000 characters.
    let form = screen(&app);
    assert!(form.contains("5000"), "{form}");
    assert_eq!(app.mode(), Mode::Form);
    assert_eq!(
        count(app.store(), "SELECT count(*) FROM service_entries"),
        0
    );
}

#[test]
fn a_paste_outside_a_form_does_nothing() {
    let mut app = ledger_app(office_store());
    assert!(!app.handle_paste("2"));
    assert_eq!(app.tab(), 4);
}

#[test]
fn a_typed_direction_override_is_refused_and_a_stored_one_shown_escaped() {
    let mut store = office_store();
    let input = EntryInput {
        served_at: "2026-11-29 09:00".into(),
        channel: "phone".into(),
        service: "consult".into(),
        visitor_name: "李\u{202E}四".into(),
        matter: "debt".into(),
        summary: "借款\u{FEFF}纠纷".into(),
        outcome: "answered".into(),
        handler: "张敏".into(),
        ..Default::default()
    };
    let valid = validate_entry(&input, today().and_hms_opt(10, 30, 0).unwrap()).unwrap();
    ledger::insert(&mut store, &valid).unwrap();
    let mut app = ledger_app(store);
    let list = screen(&app);
    assert!(list.contains("李\\u{20"), "{list}");
    assert!(list.contains("借款\\u{feff}纠纷"), "{list}");
    assert!(!list.contains('\u{202E}') && !list.contains('\u{FEFF}'));

    new_entry_at_visitor(&mut app);
    typed(&mut app, "张\u{202E}三\u{200B}");
    to_summary(&mut app);
    typed(&mut app, "咨询");
    key(&mut app, KeyCode::F(10));
    assert_eq!(app.mode(), Mode::Browse, "{}", screen(&app));
    let name: String = inspect::row(
        app.store(),
        "SELECT visitor_name FROM service_entries WHERE summary = '咨询'",
        [],
        |r| r.get(0),
    )
    .unwrap();
    assert_eq!(name, "张三");
}

#[test]
fn saved_is_cleared_when_a_new_form_opens() {
    let mut app = ledger_app(office_store());
    new_entry_at_visitor(&mut app);
    typed(&mut app, "匿名");
    to_summary(&mut app);
    typed(&mut app, "咨询");
    key(&mut app, KeyCode::F(10));
    assert_eq!(app.status(), "已保存");
    key(&mut app, KeyCode::F(2));
    assert_eq!(app.mode(), Mode::Form);
    assert!(!app.status().contains("已保存"), "{}", app.status());
    assert!(!screen(&app).contains("已保存"));
}

#[test]
fn a_visit_time_years_in_the_past_is_refused() {
    let mut app = ledger_app(office_store());
    key(&mut app, KeyCode::F(2));
    for _ in 0.."2026-11-29 10:30".len() {
        key(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "2016-11-29 10:30");
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "匿名");
    to_summary(&mut app);
    typed(&mut app, "咨询");
    key(&mut app, KeyCode::F(10));
    assert_eq!(app.mode(), Mode::Form);
    assert!(screen(&app).contains("时间早于一年前"), "{}", screen(&app));
    assert_eq!(
        count(app.store(), "SELECT count(*) FROM service_entries"),
        0
    );
}

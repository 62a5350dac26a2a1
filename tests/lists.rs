//! A long list as the desk pages through it: a few hundred ledger entries, PgDn to the end and
//! back, End and Home, a record edited deep in the list; the registry's 其他模块 column.

mod common;

use common::*;
use crossterm::event::KeyCode;
use sifa_desk::domain::dispute::{IntakeInput, PartyInput, validate_intake};
use sifa_desk::domain::ledger::{EntryInput, validate_entry};
use sifa_desk::domain::{PersonInput, validate_person};
use sifa_desk::store::{Store, disputes, inspect, ledger, persons};
use sifa_desk::ui::App;

const ENTRIES: usize = 350;

/// `ENTRIES` entries of today, "条目0" … (several to a minute, so the id orders ties).
fn ledger_store() -> Store {
    let mut store = office_store();
    let now = today().and_hms_opt(10, 30, 0).unwrap();
    for i in 0..ENTRIES {
        let minutes = (i % 150) as u32;
        let input = EntryInput {
            served_at: format!("2026-11-29 {:02}:{:02}", 8 + minutes / 60, minutes % 60),
            channel: "phone".into(),
            service: "consult".into(),
            visitor_name: "匿名".into(),
            matter: "debt".into(),
            summary: format!("条目{i}"),
            outcome: "answered".into(),
            handler: "张敏".into(),
            ..Default::default()
        };
        ledger::insert(&mut store, &validate_entry(&input, now).unwrap()).unwrap();
    }
    store
}

/// The summaries in the list's order: newest first, the id deciding ties.
fn in_order(store: &Store) -> Vec<String> {
    inspect::column(
        store,
        "SELECT summary FROM service_entries WHERE voided_at IS NULL
         ORDER BY served_at DESC, id DESC",
        [],
    )
    .unwrap()
}

/// The selected line's summary (the last column) and the count line under the list.
fn selected_and_count(app: &App) -> (String, String) {
    let text = screen(app);
    let selected = text
        .lines()
        .find(|l| l.contains("▶ "))
        .and_then(|l| l.split_whitespace().rev().nth(1))
        .unwrap_or_default()
        .to_string();
    let count = text
        .lines()
        .rev()
        .map(|l| l.trim().trim_matches('│').trim())
        .find(|l| l.ends_with('条') || l.ends_with("继续"))
        .unwrap_or_default()
        .to_string();
    (selected, count)
}

#[test]
fn a_long_ledger_pages_to_the_end_and_back_with_every_row_in_its_place() {
    let store = ledger_store();
    let order = in_order(&store);
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::Char('5'));
    assert!(screen(&app).contains(&format!("共 {ENTRIES} 条：法律咨询 {ENTRIES}")));
    assert_eq!(
        selected_and_count(&app),
        (order[0].clone(), "已显示 100 条，向下翻页继续".to_string())
    );
    // Down a row at a time to the end: every row comes in its order.
    for row in order.iter().skip(1) {
        key(&mut app, KeyCode::Down);
        assert_eq!(&selected_and_count(&app).0, row);
    }
    assert_eq!(selected_and_count(&app).1, format!("共 {ENTRIES} 条"));
    // Back up by pages: the dropped first pages are read again.
    let mut row = ENTRIES - 1;
    while row > 0 {
        key(&mut app, KeyCode::PageUp);
        row = row.saturating_sub(10);
        assert_eq!(selected_and_count(&app).0, order[row], "row {row}");
    }
    // Both ends have been read, so the count is whole though the window holds 300.
    assert_eq!(selected_and_count(&app).1, format!("共 {ENTRIES} 条"));

    // End reads the last page at once; Home the first.
    key(&mut app, KeyCode::End);
    assert_eq!(selected_and_count(&app).0, order[ENTRIES - 1]);
    key(&mut app, KeyCode::Home);
    assert_eq!(
        selected_and_count(&app),
        (order[0].clone(), "已显示 100 条，向下翻页继续".to_string())
    );
}

#[test]
fn a_record_edited_deep_in_the_list_stays_selected() {
    let store = ledger_store();
    let order = in_order(&store);
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::Char('5'));
    for _ in 0..25 {
        key(&mut app, KeyCode::PageDown);
    }
    assert_eq!(selected_and_count(&app).0, order[250]);
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app).contains("服务台账：修改登记"));
    for _ in 0..6 {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::End);
    typed(&mut app, "改");
    key(&mut app, KeyCode::F(10));
    let edited = format!("{}改", order[250]);
    assert_eq!(selected_and_count(&app).0, edited);
    // Its neighbours are there, above and below.
    key(&mut app, KeyCode::Up);
    assert_eq!(selected_and_count(&app).0, order[249]);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    assert_eq!(selected_and_count(&app).0, order[251]);
}

#[test]
fn the_registry_shows_each_persons_visits_and_disputes() {
    let mut store = office_store();
    let person = |store: &mut Store, name: &str, id: &str| {
        let p = validate_person(
            &PersonInput {
                name: name.into(),
                id_number: id.into(),
                ..Default::default()
            },
            today(),
        )
        .unwrap();
        match persons::create(store, &p, None).unwrap() {
            persons::Saved::Created(id) | persons::Saved::Existing(id) => id,
        }
    };
    let zhang = person(&mut store, "张三", "360726199001011233");
    let li = person(&mut store, "李四", "");
    person(&mut store, "王五", "");
    let now = today().and_hms_opt(10, 30, 0).unwrap();
    for _ in 0..2 {
        let input = EntryInput {
            served_at: "2026-11-29 09:00".into(),
            channel: "window".into(),
            service: "consult".into(),
            person_id: Some(zhang),
            matter: "debt".into(),
            summary: "咨询借款".into(),
            outcome: "answered".into(),
            handler: "张敏".into(),
            ..Default::default()
        };
        ledger::insert(&mut store, &validate_entry(&input, now).unwrap()).unwrap();
    }
    // A dispute with 张三 and 李四 as parties, and a voided one with 李四.
    let dispute = |store: &mut Store, applicant: i64, respondent: i64| {
        let party = |person_id, name: &str| PartyInput::Person {
            person_id,
            name: name.into(),
        };
        let valid = validate_intake(
            &IntakeInput {
                registered_on: "2026-11-20".into(),
                source: "apply".into(),
                kind: "neighbour".into(),
                applicants: vec![party(applicant, "甲")],
                respondents: vec![party(respondent, "乙")],
                facts: "邻里纠纷".into(),
                mediators: vec!["张敏".into()],
                ..Default::default()
            },
            today(),
        )
        .unwrap();
        disputes::register(store, &valid, None).unwrap()
    };
    dispute(&mut store, zhang, li);
    let voided = dispute(&mut store, li, zhang);
    disputes::void(&mut store, voided, "登记错误").unwrap();
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::F(12));
    for _ in 0..4 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    let text = draw(&app, 120, 40).0;
    let line = |name: &str| {
        text.lines()
            .find(|l| l.contains(name))
            .unwrap_or_default()
            .to_string()
    };
    assert!(line("张三").contains("纠纷1件 台账2次"), "{text}");
    assert!(line("李四").contains("纠纷1件"), "{text}");
    assert!(!line("李四").contains("台账"), "{text}");
    assert!(!line("王五").contains("纠纷"), "{text}");
}

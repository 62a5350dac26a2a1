//! Searching by what the screen shows, in few keys: the ledger's F3 by 村（社区）, 经办人, 特殊群体
//! and 事项类别; a month typed over the prefilled date; a case by its short number; a person by
//! full surname and initials; ID digits as the masked ID shows them.

mod common;

use chrono::NaiveDate;
use common::*;
use crossterm::event::KeyCode;
use sifa_desk::domain::dispute::{Action, IntakeInput, PartyInput, validate_intake};
use sifa_desk::domain::ledger::{EntryInput, validate_entry};
use sifa_desk::domain::{PersonInput, validate_person};
use sifa_desk::store::persons::{self, Saved};
use sifa_desk::store::{Store, disputes, ledger, operators, villages};
use sifa_desk::ui::App;

/// A person of the registry, with an ID number and a village when given.
fn someone(store: &mut Store, name: &str, id_number: &str, village: Option<i64>) -> i64 {
    let p = validate_person(
        &PersonInput {
            name: name.into(),
            id_number: id_number.into(),
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    match persons::create(store, &p, village).unwrap() {
        Saved::Created(id) | Saved::Existing(id) => id,
    }
}

/// An entry at `served_at` by `handler`, of visitor `person` (or 匿名).
fn visit(
    store: &mut Store,
    served_at: &str,
    person: Option<(i64, &str)>,
    (handler, group, matter): (&str, &str, &str),
    summary: &str,
) {
    let input = EntryInput {
        served_at: served_at.into(),
        channel: "window".into(),
        service: "consult".into(),
        person_id: person.map(|(id, _)| id),
        visitor_name: person.map_or("匿名", |(_, n)| n).into(),
        special_groups: if group.is_empty() {
            vec![]
        } else {
            vec![group.into()]
        },
        matter: matter.into(),
        summary: summary.into(),
        outcome: "answered".into(),
        handler: handler.into(),
        ..Default::default()
    };
    let now = today().and_hms_opt(10, 30, 0).unwrap();
    ledger::insert(store, &validate_entry(&input, now).unwrap()).unwrap();
}

/// F3, Tab `tabs` times, `typed`, F10: the list's text; then Esc clears the filter.
fn filtered(app: &mut App, tabs: usize, input: &str) -> String {
    key(app, KeyCode::F(3));
    for _ in 0..tabs {
        key(app, KeyCode::Tab);
    }
    typed(app, input);
    key(app, KeyCode::F(10));
    let list = screen(app);
    key(app, KeyCode::Esc);
    list
}

#[test]
fn the_ledger_filters_by_village_handler_group_and_matter() {
    let mut store = office_store();
    let village = |store: &Store, name: &str| {
        villages::list(store, false)
            .unwrap()
            .into_iter()
            .find(|v| v.name == name)
            .map(|v| v.id)
    };
    let (shiqiao, dongfeng) = (village(&store, "石桥村"), village(&store, "东风社区"));
    // 李华 served and has left since: the desk opens for 张敏 alone, and 李华 is still a 经办人.
    let li = operators::add(&mut store, "李华", "clerk").unwrap();
    operators::update(&mut store, li, "李华", "clerk", false).unwrap();
    let wang = someone(&mut store, "王五", "", shiqiao);
    let zhao = someone(&mut store, "赵六", "", dongfeng);
    let at = "2026-11-29 09:00";
    visit(
        &mut store,
        at,
        Some((wang, "王五")),
        ("张敏", "elderly", "labour"),
        "甲条",
    );
    visit(
        &mut store,
        at,
        Some((zhao, "赵六")),
        ("李华", "women", "debt"),
        "乙条",
    );
    visit(&mut store, at, None, ("张敏", "", "debt"), "丙条");
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::Char('5'));
    let only = |list: &str, wanted: &str| {
        ["甲条", "乙条", "丙条"]
            .iter()
            .all(|s| list.contains(s) == (*s == wanted))
    };
    // 事项类别 劳动 (the first), 特殊群体 妇女, 村（社区） 石桥村, 经办人 李华.
    let by_matter = filtered(&mut app, 6, "1");
    assert!(only(&by_matter, "甲条"), "{by_matter}");
    let by_group = filtered(&mut app, 7, "妇");
    assert!(only(&by_group, "乙条"), "{by_group}");
    let by_village = filtered(&mut app, 8, "石");
    assert!(only(&by_village, "甲条"), "{by_village}");
    let by_handler = filtered(&mut app, 9, "李");
    assert!(only(&by_handler, "乙条"), "{by_handler}");
    assert!(screen(&app).contains("共 3 条"), "Esc cleared each filter");
}

#[test]
fn a_month_typed_over_the_prefilled_date_filters_in_eight_keys() {
    let mut store = office_store();
    visit(
        &mut store,
        "2026-10-15 09:00",
        None,
        ("张敏", "", "debt"),
        "十月的",
    );
    visit(
        &mut store,
        "2026-11-29 09:00",
        None,
        ("张敏", "", "debt"),
        "今天的",
    );
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::Char('5'));
    let mut keys = 0;
    let mut press = |app: &mut App, code: KeyCode| {
        keys += 1;
        key(app, code);
    };
    press(&mut app, KeyCode::F(3));
    // The first character replaces the prefilled 2026-11-29: no Backspaces.
    for c in "202610".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::F(10));
    assert!(keys <= 8, "{keys} keys");
    let list = screen(&app);
    assert!(list.contains("2026-10-01 至 2026-10-31"), "{list}");
    assert!(
        list.contains("十月的") && !list.contains("今天的"),
        "{list}"
    );
}

#[test]
fn a_whole_date_typed_over_the_prefilled_one_replaces_it() {
    let mut app = app();
    key(&mut app, KeyCode::Char('5'));
    key(&mut app, KeyCode::F(3));
    typed(&mut app, "2026-11-02");
    key(&mut app, KeyCode::F(10));
    let list = screen(&app);
    assert!(list.contains("2026-11-02 至 2026-11-29"), "{list}");
}

fn intake(a: (i64, &str), b: (i64, &str), on: &str) -> sifa_desk::domain::dispute::ValidIntake {
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

/// 170 accepted cases (2026-001 … 2026-170), the last between 曾水莲 and 李四.
fn register_store() -> Store {
    let mut store = office_store();
    let zeng = someone(&mut store, "曾水莲", "360726199001011233", None);
    let li = someone(&mut store, "李四", "", None);
    let zhang = someone(&mut store, "张三", "", None);
    let on = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    for i in 1..=170 {
        let parties = if i == 170 {
            ((zeng, "曾水莲"), (li, "李四"))
        } else {
            ((zhang, "张三"), (li, "李四"))
        };
        let id = disputes::register(
            &mut store,
            &intake(parties.0, parties.1, "2026-11-20"),
            None,
        )
        .unwrap();
        disputes::step(
            &mut store,
            id,
            &Action::Accept { on },
            &serde_json::json!({}),
        )
        .unwrap();
    }
    store
}

/// The dispute register's F3 with `query` in its first field: the register's text.
fn find_case(app: &mut App, query: &str) -> String {
    filtered(app, 0, query)
}

#[test]
fn a_case_is_found_by_its_short_number_its_number_and_its_full_number() {
    let mut app = App::new(register_store(), clock()).unwrap();
    for query in ["2026-170", "170", "〔2026〕版石人调字第170号"] {
        let list = find_case(&mut app, query);
        assert!(list.contains("曾水莲 诉 李四"), "{query}:\n{list}");
        assert!(!list.contains("张三 诉 李四"), "{query}:\n{list}");
    }
}

#[test]
fn full_surname_and_initials_find_a_person() {
    let store = register_store();
    let found = persons::search(&store, "zengsl", 10).unwrap();
    assert_eq!(
        found.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["曾水莲"]
    );
    let mut app = App::new(store, clock()).unwrap();
    let list = find_case(&mut app, "zengsl");
    assert!(list.contains("曾水莲 诉 李四"), "{list}");
}

#[test]
fn id_digits_match_what_the_masked_id_shows() {
    let store = register_store();
    // 3607**********1233 on the screen: the last four and the first four are seen.
    for seen in ["1233", "3607", "360726199001011233"] {
        let found = persons::search(&store, seen, 10).unwrap();
        assert_eq!(found.len(), 1, "{seen}");
    }
    // 19900101 is hidden behind the stars: no match the clerk could not see.
    assert!(persons::search(&store, "19900101", 10).unwrap().is_empty());
}

//! Store tests against a real database after migrations: the audit row of every write, voiding
//! instead of deleting, the person registry's search and paging, and the refusal of duplicates.

use chrono::NaiveDate;
use sifa_desk::domain::module::CodeList;
use sifa_desk::domain::office::{OfficeInput, validate_office};
use sifa_desk::domain::{PersonInput, ValidPerson, validate_person};
use sifa_desk::store::persons::{self, Saved};
use sifa_desk::store::{
    Cursor, Store, StoreError, codes, inspect, offices, operators, settings, villages,
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

fn store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let office = validate_office(&OfficeInput {
        name: "版石镇司法所".into(),
        code: "360726101".into(),
        county: "安远县".into(),
        population: "52000".into(),
    })
    .unwrap();
    offices::setup(&mut store, &office, "张敏").unwrap();
    store
}

fn person(name: &str, id: &str) -> ValidPerson {
    validate_person(
        &PersonInput {
            name: name.into(),
            id_number: id.into(),
            ..Default::default()
        },
        today(),
    )
    .unwrap()
}

fn audit_count(store: &Store, action: &str, table: &str) -> i64 {
    inspect::count(
        store,
        "SELECT count(*) FROM audit_log WHERE action = ?1 AND table_name = ?2",
        [action, table],
    )
    .unwrap()
}

#[test]
fn setup_writes_office_operator_and_setting_with_audit_rows() {
    let store = store();
    assert_eq!(store.office_code(), "360726101");
    assert_eq!(audit_count(&store, "insert", "offices"), 1);
    assert_eq!(audit_count(&store, "insert", "operators"), 1);
    assert_eq!(audit_count(&store, "insert", "settings"), 1);
    let offices_named: Vec<String> =
        inspect::column(&store, "SELECT DISTINCT office_code FROM audit_log", []).unwrap();
    assert_eq!(
        offices_named,
        ["360726101"],
        "setup's audit rows name the office"
    );
    let (who, after): (String, String) = inspect::row(
        &store,
        "SELECT operator, after_json FROM audit_log WHERE table_name = 'offices'",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap();
    assert_eq!(who, "张敏");
    let json: serde_json::Value = serde_json::from_str(&after).unwrap();
    assert_eq!(json["name"], "版石镇司法所");
    assert_eq!(json["population"], 52000);
}

#[test]
fn setting_up_twice_changes_nothing() {
    let mut store = store();
    let other = validate_office(&OfficeInput {
        name: "别的所".into(),
        code: "999".into(),
        ..Default::default()
    })
    .unwrap();
    let result = offices::setup(&mut store, &other, "李四").unwrap();
    assert!(matches!(result, offices::Setup::AlreadySetUp(o) if o.name == "版石镇司法所"));
    let n: i64 = inspect::value(&store, "SELECT count(*) FROM offices", []).unwrap();
    assert_eq!(n, 1);
}

#[test]
fn an_update_records_before_and_after() {
    let mut store = store();
    store.set_operator("张敏");
    let Saved::Created(id) = persons::create(&mut store, &person("张三", ""), None).unwrap()
    else {
        panic!("expected a new person");
    };
    persons::update(&mut store, id, &person("张叁", ""), None).unwrap();
    let (before, after): (String, String) = inspect::row(
        &store,
        "SELECT before_json, after_json FROM audit_log
             WHERE action = 'update' AND table_name = 'persons'",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap();
    assert!(before.contains("\"name\":\"张三\""));
    assert!(after.contains("\"name\":\"张叁\""));
    assert!(after.contains("\"name_initials\":\"zs\""));
}

#[test]
fn voiding_keeps_the_row_and_hides_it() {
    let mut store = store();
    let Saved::Created(id) = persons::create(&mut store, &person("李四", ""), None).unwrap()
    else {
        panic!("expected a new person");
    };
    persons::void(&mut store, id, "误录").unwrap();
    let (n, reason): (i64, String) = inspect::row(
        &store,
        "SELECT count(*), void_reason FROM persons WHERE voided_at IS NOT NULL",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap();
    assert_eq!((n, reason.as_str()), (1, "误录"));
    assert_eq!(audit_count(&store, "void", "persons"), 1);
    assert!(persons::search(&store, "李四", 10).unwrap().is_empty());
    assert!(matches!(
        persons::get(&store, id),
        Err(StoreError::NotFound)
    ));
    // Voiding twice is refused, not recorded twice.
    assert!(persons::void(&mut store, id, "再次").is_err());
    assert_eq!(audit_count(&store, "void", "persons"), 1);
}

#[test]
fn a_failed_write_leaves_nothing_behind() {
    let mut store = store();
    let before: i64 = inspect::value(&store, "SELECT count(*) FROM audit_log", []).unwrap();
    // The second insert breaks the CHECK on gender: the first must roll back with it.
    let result = store.write(|tx| {
        use rusqlite::types::Value;
        use sifa_desk::store::write::{Table, text};
        tx.insert(Table::Persons, &[("name", text("王五"))])?;
        tx.insert(
            Table::Persons,
            &[("name", text("赵六")), ("gender", Value::Text("?".into()))],
        )
    });
    assert!(result.is_err());
    let (persons, audits): (i64, i64) = inspect::row(
        &store,
        "SELECT (SELECT count(*) FROM persons), (SELECT count(*) FROM audit_log)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap();
    assert_eq!((persons, audits), (0, before));
}

#[test]
fn an_id_number_is_registered_once() {
    let mut store = store();
    let id = "360726199001011233";
    let first = persons::create(&mut store, &person("张三", id), None).unwrap();
    let again = persons::create(&mut store, &person("张叁", &id.to_lowercase()), None).unwrap();
    let Saved::Created(first_id) = first else {
        panic!("expected a new person");
    };
    assert_eq!(again, Saved::Existing(first_id));
    let Saved::Created(other) = persons::create(&mut store, &person("王五", ""), None).unwrap()
    else {
        panic!("expected a new person");
    };
    assert!(matches!(
        persons::update(&mut store, other, &person("王五", id), None),
        Err(StoreError::DuplicateIdNumber { existing_id }) if existing_id == first_id
    ));
}

#[test]
fn search_by_name_pinyin_initials_and_id_digits() {
    let mut store = store();
    let village = villages::add(&mut store, "石桥村", "村").unwrap();
    persons::create(&mut store, &person("张三", "360726199001011233"), village).unwrap();
    persons::create(&mut store, &person("张三丰", ""), None).unwrap();
    persons::create(&mut store, &person("尉迟恭", ""), None).unwrap();
    persons::create(&mut store, &person("曾国藩", ""), None).unwrap();
    let names = |q: &str| -> Vec<String> {
        persons::search(&store, q, 10)
            .unwrap()
            .into_iter()
            .map(|p| p.name)
            .collect()
    };
    assert_eq!(names("zs"), ["张三", "张三丰"], "exact initials first");
    assert_eq!(names("zhangsan"), ["张三", "张三丰"]);
    assert_eq!(names("zsf"), ["张三丰"]);
    assert_eq!(names("ycg"), ["尉迟恭"]);
    assert_eq!(names("yuchi"), ["尉迟恭"]);
    assert_eq!(names("zgf"), ["曾国藩"]);
    assert_eq!(names("三"), ["张三", "张三丰"]);
    // ID digits match as the masked ID shows them (3607**********1233), or the whole number.
    assert_eq!(names("1233"), ["张三"]);
    assert_eq!(names("360726199001011233"), ["张三"]);
    assert!(names("1011233").is_empty(), "digits behind the stars");
    assert_eq!(
        names("zengguof"),
        ["曾国藩"],
        "full surname, given initials"
    );
    assert_eq!(
        names("%"),
        Vec::<String>::new(),
        "LIKE wildcards are literal"
    );
    assert!(names("").is_empty());
    let hit = &persons::search(&store, "zs", 1).unwrap()[0];
    assert_eq!(hit.village.as_deref(), Some("石桥村"));
}

#[test]
fn pages_are_read_by_keyset_newest_first() {
    let mut store = store();
    for i in 0..25 {
        persons::create(&mut store, &person(&format!("人{i}"), ""), None).unwrap();
    }
    let first = persons::page(&store, Cursor::First, 10).unwrap();
    assert_eq!(first[0].name, "人24");
    let second = persons::page(&store, Cursor::After(first[9].id), 10).unwrap();
    assert_eq!(second[0].name, "人14");
    let third = persons::page(&store, Cursor::After(second[9].id), 10).unwrap();
    assert_eq!(third.len(), 5);
    assert_eq!(persons::count(&store).unwrap(), 25);
}

#[test]
fn code_lists_take_local_entries_and_retire_them() {
    let mut store = store();
    let id = codes::add_local(&mut store, CodeList::DisputeType, "山林水利")
        .unwrap()
        .unwrap();
    assert_eq!(
        codes::add_local(&mut store, CodeList::DisputeType, "山林水利").unwrap(),
        None
    );
    codes::set_retired(&mut store, id, true).unwrap();
    let active = codes::list(&store, CodeList::DisputeType, true).unwrap();
    assert!(!active.iter().any(|c| c.label == "山林水利"));
    let all = codes::list(&store, CodeList::DisputeType, false).unwrap();
    let entry = all.iter().find(|c| c.label == "山林水利").unwrap();
    assert!(entry.retired && entry.local);
    assert_eq!(audit_count(&store, "update", "codes"), 1);
}

#[test]
fn operators_villages_and_preferences_round_trip() {
    let mut store = store();
    operators::add(&mut store, "李四", "staff").unwrap();
    assert_eq!(operators::list(&store, true).unwrap().len(), 2);
    assert!(
        villages::add(&mut store, "东风社区", "社区")
            .unwrap()
            .is_some()
    );
    assert!(
        villages::add(&mut store, "东风社区", "社区")
            .unwrap()
            .is_none()
    );
    let mut prefs = settings::preferences(&store).unwrap();
    assert!(!prefs.ascii_theme && !prefs.printing);
    prefs.ascii_theme = true;
    settings::save_preferences(&mut store, &prefs).unwrap();
    assert!(settings::preferences(&store).unwrap().ascii_theme);
    assert_eq!(
        audit_count(&store, "insert", "settings"),
        6,
        "office code + 5 preferences"
    );
}

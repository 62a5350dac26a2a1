//! An official case number never goes out without the office's prefix: 受理 reads the prefix
//! in its own transaction, and a failed read or an empty prefix fails the step with a Chinese
//! message and saves nothing. The 纠纷受理 setting cannot be saved empty.

mod common;

use chrono::NaiveDate;
use common::*;
use crossterm::event::KeyCode;
use sifa_desk::domain::dispute::{Action, IntakeInput, PartyInput, validate_intake};
use sifa_desk::domain::{PersonInput, validate_person};
use sifa_desk::store::disputes::{self, StepError};
use sifa_desk::store::persons::{self, Saved};
use sifa_desk::store::{Store, inspect, settings};
use sifa_desk::ui::App;

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

/// An office file with one registered dispute; returns its id.
fn one_dispute(store: &mut Store) -> i64 {
    let a = person(store, "张三");
    let b = person(store, "李四");
    let valid = validate_intake(
        &IntakeInput {
            registered_on: "2026-11-28".into(),
            source: "apply".into(),
            kind: "neighbour".into(),
            applicants: vec![PartyInput::Person {
                person_id: a,
                name: "张三".into(),
            }],
            respondents: vec![PartyInput::Person {
                person_id: b,
                name: "李四".into(),
            }],
            facts: "邻里纠纷".into(),
            mediators: vec!["张敏".into()],
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    disputes::register(store, &valid, None).unwrap()
}

fn accept(store: &mut Store, id: i64) -> Result<(), StepError> {
    let on = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    disputes::step(store, id, &Action::Accept { on }, &serde_json::json!({})).map(|_| ())
}

/// What 受理 would have written: the case number, the status, the step.
fn written(store: &Store, id: i64) -> (Option<String>, String, i64) {
    let (no, status) = inspect::row(
        store,
        "SELECT case_no, status FROM disputes WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap();
    let steps = count(
        store,
        &format!("SELECT COUNT(*) FROM dispute_events WHERE dispute_id = {id}"),
    );
    (no, status, steps)
}

#[test]
fn a_failed_read_of_the_prefix_fails_the_step_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    let mut store = office_store_at(&path);
    // Another program breaks the file behind the store's back.
    let other = rusqlite::Connection::open(&path).unwrap();
    let id = one_dispute(&mut store);
    let before = written(&store, id);
    // The settings can no longer be read.
    other
        .execute_batch("ALTER TABLE settings RENAME TO settings_elsewhere")
        .unwrap();
    let err = accept(&mut store, id).unwrap_err();
    assert!(matches!(err, StepError::Store(_)), "{err:?}");
    assert!(err.to_string().contains("读取案号前缀"), "{err}");
    assert_eq!(written(&store, id), before);
    assert_eq!(before.0, None);
    // Readable again: 受理 numbers the case with the office's prefix.
    other
        .execute_batch("ALTER TABLE settings_elsewhere RENAME TO settings")
        .unwrap();
    accept(&mut store, id).unwrap();
    assert_eq!(
        written(&store, id).0.as_deref(),
        Some("〔2026〕版石人调字第001号")
    );
}

#[test]
fn an_empty_prefix_fails_the_step_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    let mut store = office_store_at(&path);
    let other = rusqlite::Connection::open(&path).unwrap();
    let id = one_dispute(&mut store);
    let before = written(&store, id);
    // No setting (blank) and no office name to take the prefix from.
    settings::set(&mut store, settings::DISPUTE_PREFIX, "  ").unwrap();
    other.execute_batch("UPDATE offices SET name = ''").unwrap();
    let err = accept(&mut store, id).unwrap_err();
    assert!(matches!(err, StepError::NoCasePrefix), "{err:?}");
    assert!(err.to_string().contains("案号前缀"), "{err}");
    assert_eq!(written(&store, id), before);
    // With a prefix set, the same step goes through.
    settings::set(&mut store, settings::DISPUTE_PREFIX, "城关").unwrap();
    accept(&mut store, id).unwrap();
    assert_eq!(
        written(&store, id).0.as_deref(),
        Some("〔2026〕城关人调字第001号")
    );
}

#[test]
fn the_prefix_setting_cannot_be_saved_empty() {
    let mut app = App::new(office_store(), clock()).unwrap();
    // Settings → 纠纷受理 (the eighth section).
    key(&mut app, KeyCode::F(12));
    for _ in 0..7 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app).contains("案号前缀"), "{}", screen(&app));
    key(&mut app, KeyCode::End);
    for _ in 0..4 {
        key(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "   ");
    key(&mut app, KeyCode::F(10));
    let shown = screen(&app);
    assert!(shown.contains("必填"), "{shown}");
    assert!(!shown.contains("已保存"), "{shown}");
    let stored = settings::get(app.store(), settings::DISPUTE_PREFIX).unwrap();
    assert_eq!(stored, None, "nothing saved");
    assert_eq!(settings::dispute_prefix(app.store()).unwrap(), "版石");
    // A prefix typed with spaces around it is saved trimmed.
    typed(&mut app, " 城关 ");
    key(&mut app, KeyCode::F(10));
    let stored = settings::get(app.store(), settings::DISPUTE_PREFIX).unwrap();
    assert_eq!(stored.as_deref(), Some("城关"));
}

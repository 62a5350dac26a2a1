//! The harness of the key-sequence tests: a store with an office, keys typed into `App`, and
//! the screen read back as text.
#![allow(dead_code)]

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sifa_desk::domain::office::{OfficeInput, validate_office};
use sifa_desk::store::{Store, inspect, offices, villages};
use sifa_desk::ui::{App, Clock};

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

/// The desk's clock in these tests: 2026-11-29 10:30.
pub fn clock() -> Clock {
    Clock::fixed(today().and_hms_opt(10, 30, 0).unwrap())
}

/// A store with an office set up, two villages and one operator.
pub fn office_store() -> Store {
    set_up(Store::open_in_memory().unwrap())
}

/// Like [`office_store`] in a file, so a test may also open the file with SQLite itself (to
/// break it on purpose: the store's own connection is private).
pub fn office_store_at(path: &std::path::Path) -> Store {
    set_up(Store::open(path, &sifa_desk::store::OpenOptions::default()).unwrap())
}

fn set_up(mut store: Store) -> Store {
    let office = validate_office(&OfficeInput {
        name: "版石镇司法所".into(),
        code: "360726101".into(),
        county: "安远县".into(),
        population: "52000".into(),
    })
    .unwrap();
    offices::setup(&mut store, &office, "张敏").unwrap();
    villages::add(&mut store, "石桥村", "村").unwrap();
    villages::add(&mut store, "东风社区", "社区").unwrap();
    store
}

pub fn app() -> App {
    App::new(office_store(), clock()).unwrap()
}

pub fn key(app: &mut App, code: KeyCode) -> bool {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE))
}

pub fn ctrl(app: &mut App, c: char) {
    app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

pub fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// The screen as text, one line per row, and the terminal cursor.
pub fn draw(app: &App, w: u16, h: u16) -> (String, Option<(u16, u16)>) {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| app.render(f)).unwrap();
    let backend = terminal.backend();
    let cursor = backend
        .cursor_visible()
        .then(|| (backend.cursor_position().x, backend.cursor_position().y));
    let buffer = backend.buffer().clone();
    let mut out = String::new();
    for y in 0..h {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..w {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            line.push_str(symbol);
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    (out, cursor)
}

pub fn screen(app: &App) -> String {
    draw(app, 80, 24).0
}

/// The screen without the status and key lines.
pub fn body(app: &App) -> String {
    let text = screen(app);
    let lines: Vec<&str> = text.lines().collect();
    lines[..lines.len() - 2].join("\n")
}

pub fn count(store: &Store, sql: &str) -> i64 {
    inspect::count(store, sql, []).unwrap()
}

/// A person of this name in the registry (no ID number), made or found; its id.
pub fn person(store: &mut Store, name: &str) -> i64 {
    let p = sifa_desk::domain::validate_person(
        &sifa_desk::domain::PersonInput {
            name: name.into(),
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    match sifa_desk::store::persons::create(store, &p, None).unwrap() {
        sifa_desk::store::persons::Saved::Created(id)
        | sifa_desk::store::persons::Saved::Existing(id) => id,
    }
}

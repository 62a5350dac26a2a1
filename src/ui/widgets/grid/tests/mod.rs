//! Grid tests: keys go through the keymap into `GridScreen` (and any popup it opens) with a
//! real `Ctx` over an in-memory store, as the app would send them; the tests assert the
//! rows written, the screen drawn and the terminal cursor.

mod keys;
mod render;
mod save;

use std::sync::mpsc::Receiver;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

use super::{Column, Grid, GridRow, GridSaveFn, GridSaving, GridScreen, Value};
use crate::store::{Store, StoreError, inspect};
use crate::ui::jobs::{JobDone, Jobs};
use crate::ui::keymap::input_for;
use crate::ui::layer::{Ctx, Input, Layer, LayerResult, Outcome};
use crate::ui::text::width;
use crate::ui::theme::Theme;

pub(super) const VILLAGES: [&str; 3] = ["石桥村", "东风社区", "新田村"];
pub(super) const GRADES: [&str; 3] = ["良好", "合格", "不合格"];

/// Names of one to four characters.
pub(super) fn name(i: usize) -> String {
    const NAMES: [&str; 8] = [
        "张三",
        "欧阳娜娜",
        "单",
        "李秀英",
        "王五",
        "诸葛明亮",
        "赵",
        "刘建国",
    ];
    NAMES[i % NAMES.len()].to_string()
}

/// Check-in rows: ids 101…, villages in turn (so a third of the rows each).
pub(super) fn rows(n: usize) -> Vec<GridRow> {
    (0..n)
        .map(|i| {
            let village = VILLAGES[i % VILLAGES.len()];
            GridRow::new(101 + i as i64, [name(i), village.to_string()]).group(village)
        })
        .collect()
}

/// A month's check-ins: the grid the corrections tab will declare.
pub(super) fn checkin_grid(rows: Vec<GridRow>) -> Grid {
    Grid::new(
        "社区矫正 2026年11月 报到",
        vec![
            Column::label("name", "姓名", 8),
            Column::label("village", "村(社区)", 8),
            Column::tick("reported", "报到"),
            Column::hours("study", "学习时数", 240).default(Value::Tenths(120)),
            Column::count("talks", "谈话", 31),
            Column::choice("grade", "考核", GRADES.map(String::from).to_vec())
                .default(Value::Choice(1)),
            Column::note("note", "备注", 20),
        ],
        rows,
    )
    .filter_title("按村（社区）筛选")
}

/// The small table the test save function writes. The database allows at most 20 talks,
/// fewer than the grid (31): a row the store refuses halfway through the save.
const TABLE: &str = "CREATE TABLE grid_checkins (
    person_id INTEGER NOT NULL,
    reported INTEGER NOT NULL,
    study_tenths INTEGER,
    talks INTEGER CHECK (talks IS NULL OR talks <= 20),
    grade INTEGER,
    note TEXT
)";

/// Writes every row in one `Store::write`; a row the database refuses is named with a
/// message, and the whole transaction is rolled back.
pub(super) fn save_checkins() -> GridSaveFn {
    Box::new(|grid: &Grid, ctx: &mut Ctx<'_>| {
        let mut at_row = None;
        let written = ctx.store.write(|tx| {
            for row in grid.rows() {
                at_row = Some(row.id());
                tx.insert_scratch(
                    "INSERT INTO grid_checkins
                           (person_id, reported, study_tenths, talks, grade, note)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    rusqlite::params![
                        row.id(),
                        row.ticked("reported"),
                        row.tenths("study"),
                        row.count("talks"),
                        row.choice("grade").map(|i| i as i64),
                        Some(row.text("note")).filter(|t| !t.is_empty()),
                    ],
                )
                .map_err(StoreError::sql("保存报到"))?;
            }
            at_row = None;
            Ok(())
        });
        match (written, at_row) {
            (Ok(()), _) => GridSaving::Done(Some(LayerResult::Saved)),
            (Err(_), Some(id)) => GridSaving::Refused(vec![(id, "谈话次数超过本所上限 20".into())]),
            (Err(e), None) => GridSaving::Failed(e.to_string()),
        }
    })
}

/// The grid screen and the popups over it, driven as the app drives its layers.
pub(super) struct Desk {
    pub store: Store,
    pub session: crate::ui::session::Session,
    pub theme: Theme,
    pub status: String,
    jobs: Jobs,
    _results: Receiver<JobDone>,
    pub screen: GridScreen,
    popups: Vec<Box<dyn Layer>>,
    /// The grid closed, handing this down.
    pub closed: Option<Option<LayerResult>>,
}

impl Desk {
    pub fn new(grid: Grid, on_save: GridSaveFn) -> Desk {
        let store = Store::open_in_memory().expect("an in-memory store");
        store.create_scratch_table(TABLE).expect("the test table");
        let (jobs, results) = Jobs::channel();
        Desk {
            store,
            session: Default::default(),
            theme: Theme::default(),
            status: String::new(),
            jobs,
            _results: results,
            screen: GridScreen::new(grid, on_save),
            popups: Vec::new(),
            closed: None,
        }
    }

    /// 25 check-in rows saved by [`save_checkins`].
    pub fn checkins(n: usize) -> Desk {
        Desk::new(checkin_grid(rows(n)), save_checkins())
    }

    pub fn grid(&self) -> &Grid {
        self.screen.grid()
    }

    /// The mode of whatever has the keyboard.
    pub fn mode(&self) -> crate::ui::keymap::Mode {
        self.popups
            .last()
            .map_or_else(|| self.screen.mode(), |p| p.mode())
    }

    fn with_top(&mut self, f: impl FnOnce(&mut dyn Layer, &mut Ctx<'_>) -> Outcome) -> Outcome {
        let mut ctx = Ctx {
            store: &mut self.store,
            session: &mut self.session,
            width: 80,
            height: 24,
            now: NaiveDate::from_ymd_opt(2026, 11, 29)
                .and_then(|d| d.and_hms_opt(10, 30, 0))
                .expect("a date"),
            theme: &mut self.theme,
            status: &mut self.status,
            jobs: &self.jobs,
        };
        match self.popups.last_mut() {
            Some(top) => f(top.as_mut(), &mut ctx),
            None => f(&mut self.screen, &mut ctx),
        }
    }

    fn apply(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Push(layer) => self.popups.push(layer),
            Outcome::Replace(layer) => {
                self.popups.pop();
                self.popups.push(layer);
            }
            Outcome::Close(result) if self.popups.is_empty() => self.closed = Some(result),
            Outcome::Close(result) => {
                self.popups.pop();
                if let Some(result) = result {
                    let outcome = self.with_top(|top, ctx| top.on_result(result, ctx));
                    self.apply(outcome);
                }
            }
            Outcome::Ignored
            | Outcome::Changed
            | Outcome::Quit
            | Outcome::PickPerson(_)
            | Outcome::PickSameName(_) => {}
        }
    }

    pub fn input(&mut self, input: Input) {
        assert!(self.closed.is_none(), "the grid is closed");
        let outcome = self.with_top(|top, ctx| top.handle(input, ctx));
        self.apply(outcome);
    }

    fn event(&mut self, event: KeyEvent) {
        if let Some(input) = input_for(self.mode(), &event) {
            self.input(input);
        }
    }

    pub fn key(&mut self, code: KeyCode) {
        self.event(KeyEvent::new(code, KeyModifiers::NONE));
    }

    pub fn keys(&mut self, code: KeyCode, times: usize) {
        for _ in 0..times {
            self.key(code);
        }
    }

    pub fn ctrl(&mut self, c: char) {
        self.event(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
    }

    pub fn typed(&mut self, text: &str) {
        for c in text.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    /// The caret's row id and column key.
    pub fn focus(&self) -> (i64, &'static str) {
        self.grid().focus().expect("a focused cell")
    }

    pub fn value(&self, id: i64, key: &str) -> Value {
        self.grid()
            .rows()
            .find(|r| r.id() == id)
            .map(|r| r.value(key).clone())
            .expect("the row")
    }

    pub fn written(&self) -> i64 {
        inspect::count(&self.store, "SELECT count(*) FROM grid_checkins", []).expect("a count")
    }

    /// The screen as the app lays it out (body between the tab bar and the status line),
    /// as text, one line per row, and the terminal cursor.
    pub fn draw(&self, w: u16, h: u16) -> (String, Option<(u16, u16)>) {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("a terminal");
        let mut cursor = None;
        terminal
            .draw(|frame| {
                let body = Rect::new(0, 1, w, h - 3);
                cursor = self.screen.render(frame, body, self.theme);
                for popup in &self.popups {
                    cursor = popup.render(frame, body, self.theme);
                }
                let status = ratatui::widgets::Paragraph::new(format!(" {}", self.status));
                frame.render_widget(status, Rect::new(0, h - 2, w, 1));
            })
            .expect("a frame");
        let buffer = terminal.backend().buffer().clone();
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
                skip = width(symbol).saturating_sub(1);
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        (out, cursor.map(|p| (p.x, p.y)))
    }

    pub fn screen(&self) -> String {
        self.draw(80, 24).0
    }
}

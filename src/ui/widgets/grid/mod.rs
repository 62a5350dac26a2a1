//! The grid for one-sitting entry: many rows filled in at one go (a month's check-ins of 25
//! corrections subjects, 40 villagers' attendance at a training, 12 subsidy payments). A tab
//! declares it — columns and rows — and a save function; [`GridScreen`] does the rest.
//!
//! ```text
//! ┌ 社区矫正 2026年11月 报到 ────────────────────────────────────────┐
//! │   姓名     村(社区) 报到 学习时数 谈话 考核   备注               │  header
//! │   张三     石桥村   [x]      12.0    2 合格                      │
//! │ ▶ 李秀英   石桥村   [x]  3_                                      │  the caret's row:
//! │!  单       石桥村   [ ]        30      不合格                    │  typing; a row in
//! │     学习时数：不能超过 24.0 小时                                 │  error, its message
//! │   …                                                              │
//! │ 显示 9/25 行  已勾选 8  筛选：石桥村                   第 2/9 行 │  count line
//! └──────────────────────────────────────────────────────────────────┘
//! ```
//!
//! Keys (the Grid mode of the keymap): ↑/↓ and Enter move between rows (Enter keeps the
//! column), Tab/Shift+Tab between cells (on to the next row), Space ticks the row's tick cell
//! wherever the caret is, digits type in place (the first character replaces the value,
//! Backspace edits it, Del empties it), ←/→ step a choice and elsewhere move to the cell
//! beside, a digit or pinyin letters pick a choice, 1/0 set a tick, F5 fills the focused column
//! of every shown row with the column's default, F3 shows one village or group only (Esc shows
//! all again), PgUp/PgDn/Home/End move by pages and to the ends, F10 or Ctrl+S saves, Esc asks
//! before discarding changes. A note takes any text but the space, which ticks.
//!
//! Columns that do not fit narrow first: notes, then label columns, then the other cells
//! titles (never their values); the focused column keeps its width. If that is not enough,
//! columns far from the caret are left out (`<` / `>` at the header's ends), keeping the
//! focused one and the first.
//!
//! Each cell checks what was typed when the caret leaves it; a bad value stays in the cell
//! and its message is written under the row. F10 with any error moves the caret to the first
//! bad row and saves nothing. Otherwise the owner's save function gets every row and saves
//! them in one `Store::write` transaction; it may refuse rows with a message each (row id →
//! message), shown under those rows, and nothing is saved.
//!
//! Declaring a grid (a tab would read the rows from the store):
//!
//! ```
//! use sifa_desk::ui::layer::LayerResult;
//! use sifa_desk::ui::widgets::grid::{Column, Grid, GridRow, GridSaving, GridScreen, Value};
//!
//! let grades = vec!["良好".to_string(), "合格".to_string(), "不合格".to_string()];
//! let grid = Grid::new(
//!     "社区矫正 2026年11月 报到",
//!     vec![
//!         Column::label("name", "姓名", 8),
//!         Column::label("village", "村(社区)", 8),
//!         Column::tick("reported", "报到"),
//!         Column::hours("study", "学习时数", 240).default(Value::Tenths(120)),
//!         Column::count("talks", "谈话", 31),
//!         Column::choice("grade", "考核", grades).default(Value::Choice(1)),
//!         Column::note("note", "备注", 20),
//!     ],
//!     vec![
//!         GridRow::new(7, ["张三", "石桥村"]).group("石桥村"),
//!         GridRow::new(9, ["欧阳娜娜", "东风社区"])
//!             .group("东风社区")
//!             .value("study", Value::Tenths(15)),
//!     ],
//! )
//! .filter_title("按村（社区）筛选");
//! let screen = GridScreen::new(
//!     grid,
//!     Box::new(|grid, ctx| {
//!         // Every row in ONE transaction: an error anywhere rolls all of them back.
//!         let saved = ctx.store.write(|tx| {
//!             for row in grid.rows().filter(|r| r.changed()) {
//!                 // The module's store function: checkins::record(tx, row.id(), …)?;
//!                 let _ = (tx.now(), row.id(), row.ticked("reported"), row.tenths("study"));
//!             }
//!             Ok(())
//!         });
//!         match saved {
//!             Ok(()) => GridSaving::Done(Some(LayerResult::Saved)),
//!             // A row the module's rules refuse: GridSaving::Refused(vec![(id, message)]).
//!             Err(e) => GridSaving::Failed(e.to_string()),
//!         }
//!     }),
//! );
//! # drop(screen);
//! ```

mod cell;
mod model;
mod render;
mod row;
mod screen;
#[cfg(test)]
mod tests;

pub use cell::{Column, Kind, Value};
pub use model::{Grid, GridEvent};
pub use row::{GridRow, RowView};
pub use screen::{GridSaveFn, GridSaving, GridScreen};

//! The grid's state: columns, rows, the filter, the caret, and how a key changes them.

use super::cell::{Cell, Column, Kind, Value};
use super::row::{GridRow, Row, RowView};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::layer::Input;
use crate::ui::widgets::table::PAGE_STEP;

/// What an input did to the grid; the screen turns it into a message or a popup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridEvent {
    Ignored,
    Changed,
    /// F5 filled this many shown rows of the focused column.
    Filled(usize),
    /// F5 on a column with no default.
    NoDefault,
    /// Space in a grid with no tick column.
    NoTick,
    /// F3: the owner offers the groups to choose from.
    Filter,
    /// Esc took the filter away.
    Unfiltered,
    /// F10 and every cell is good.
    Save,
    /// F10 with errors in this many rows; the caret is on the first.
    Invalid(usize),
    /// Esc with no filter: the owner asks first if anything changed.
    Cancel,
}

pub struct Grid {
    pub(super) title: String,
    pub(super) columns: Vec<Column>,
    pub(super) rows: Vec<Row>,
    /// Indices into `rows` of the rows shown, in order.
    pub(super) shown: Vec<usize>,
    pub(super) filter: Option<String>,
    filter_title: &'static str,
    /// The caret: a place in `shown`, and a column.
    pub(super) at: usize,
    pub(super) col: usize,
    /// The caret just came to this cell: typing replaces the value.
    fresh: bool,
    /// Letters typed in a choice cell, to jump by pinyin.
    jump: String,
    dirty: bool,
}

impl Grid {
    /// A grid of `rows` under `columns`. A value that does not suit its column is left out.
    pub fn new(title: impl Into<String>, columns: Vec<Column>, rows: Vec<GridRow>) -> Self {
        let rows: Vec<Row> = rows
            .into_iter()
            .map(|r| {
                let mut labels = r.labels.into_iter();
                let cells = columns
                    .iter()
                    .map(|c| {
                        let value = if c.kind == Kind::Label {
                            labels.next().map_or(Value::Empty, Value::Text)
                        } else {
                            let given = r.values.iter().find(|(k, _)| *k == c.key);
                            match given {
                                Some((_, v)) if c.fits(v) => v.clone(),
                                Some((_, v)) => {
                                    tracing::warn!("grid {}: {v:?} does not suit it", c.key);
                                    Value::Empty
                                }
                                None if c.is_tick() => Value::Tick(false),
                                None => Value::Empty,
                            }
                        };
                        Cell::new(value)
                    })
                    .collect();
                Row {
                    id: r.id,
                    group: r.group,
                    cells,
                    refused: None,
                }
            })
            .collect();
        let col = columns.iter().position(Column::editable).unwrap_or(0);
        Grid {
            title: title.into(),
            shown: (0..rows.len()).collect(),
            columns,
            rows,
            filter: None,
            filter_title: s::GRID_FILTER_TITLE,
            at: 0,
            col,
            fresh: true,
            jump: String::new(),
            dirty: false,
        }
    }

    /// The title of the F3 popup ("按村（社区）筛选" …).
    pub fn filter_title(mut self, title: &'static str) -> Self {
        self.filter_title = title;
        self
    }

    pub fn filter_popup_title(&self) -> &'static str {
        self.filter_title
    }

    /// Whether a column ticks (Space then does something).
    pub fn has_tick(&self) -> bool {
        self.columns.iter().any(|c| matches!(c.kind(), Kind::Tick))
    }

    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Every row, shown or not, in the order they came.
    pub fn rows(&self) -> impl Iterator<Item = RowView<'_>> {
        self.rows.iter().map(|row| RowView::new(row, &self.columns))
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn shown_len(&self) -> usize {
        self.shown.len()
    }

    /// The row and column under the caret.
    pub fn focus(&self) -> Option<(i64, &'static str)> {
        let row = self.rows.get(*self.shown.get(self.at)?)?;
        Some((row.id, self.columns.get(self.col)?.key))
    }

    pub fn filter(&self) -> Option<&str> {
        self.filter.as_deref()
    }

    /// The groups of the rows, in the order they first come, with how many rows each has.
    pub fn groups(&self) -> Vec<(String, usize)> {
        let mut groups: Vec<(String, usize)> = Vec::new();
        for row in &self.rows {
            match groups.iter_mut().find(|(g, _)| *g == row.group) {
                Some((_, n)) => *n += 1,
                None => groups.push((row.group.clone(), 1)),
            }
        }
        groups
    }

    /// Shows only the rows of `group`, or all. The caret stays on its row when it is shown.
    pub fn set_filter(&mut self, group: Option<&str>) {
        self.commit();
        let current = self.shown.get(self.at).copied();
        self.filter = group.map(str::to_string);
        self.shown = (0..self.rows.len())
            .filter(|&i| group.is_none_or(|g| self.rows[i].group == g))
            .collect();
        self.at = current
            .and_then(|r| self.shown.iter().position(|&i| i == r))
            .unwrap_or(0);
    }

    /// How many shown rows have their first tick cell ticked; None without a tick column.
    pub fn ticked(&self) -> Option<usize> {
        let col = self.columns.iter().position(Column::is_tick)?;
        Some(
            self.shown
                .iter()
                .filter(|&&i| self.rows[i].cells[col].value == Value::Tick(true))
                .count(),
        )
    }

    /// What is wrong with a row: its cells' errors, then the owner's refusal.
    pub fn row_error(&self, id: i64) -> Option<String> {
        self.rows
            .iter()
            .find(|r| r.id == id)
            .and_then(|r| self.message(r))
    }

    pub(super) fn message(&self, row: &Row) -> Option<String> {
        let mut parts: Vec<String> = row
            .cells
            .iter()
            .zip(&self.columns)
            .filter_map(|(cell, col)| {
                cell.error
                    .as_ref()
                    .map(|e| s::grid_cell_error(col.title, e))
            })
            .collect();
        parts.extend(row.refused.clone());
        (!parts.is_empty()).then(|| parts.join("；"))
    }

    /// The owner's save refused these rows (id → message): shown under them, the caret on the
    /// first. Earlier refusals are cleared.
    pub fn set_refused(&mut self, refused: &[(i64, String)]) {
        for row in &mut self.rows {
            row.refused = refused
                .iter()
                .find(|(id, _)| *id == row.id)
                .map(|(_, m)| m.clone());
        }
        if let Some(first) = self.rows.iter().position(|r| r.refused.is_some()) {
            self.focus_row(first, None);
        }
    }

    /// Puts the caret on a row (showing all rows if the filter hides it), and on a column.
    fn focus_row(&mut self, row: usize, col: Option<usize>) {
        self.commit();
        if !self.shown.contains(&row) {
            self.set_filter(None);
        }
        self.at = self.shown.iter().position(|&i| i == row).unwrap_or(0);
        if let Some(col) = col {
            self.col = col;
        }
    }

    /// Checks what is being typed in the focused cell.
    fn commit(&mut self) {
        if let Some(&r) = self.shown.get(self.at)
            && let (Some(cell), Some(column)) = (
                self.rows[r].cells.get_mut(self.col),
                self.columns.get(self.col),
            )
        {
            cell.commit(column);
        }
        self.fresh = true;
        self.jump.clear();
    }

    fn go_row(&mut self, at: usize) -> GridEvent {
        let last = self.shown.len().saturating_sub(1);
        let before = (self.at, self.fresh);
        self.commit();
        self.at = at.min(last);
        changed((self.at, self.fresh) != before)
    }

    /// Tab / Shift+Tab: the next editable cell, on to the next row at the end of one.
    /// `wrap` false (←/→) stays in the row.
    fn step(&mut self, forward: bool, wrap: bool) -> GridEvent {
        let n = self.columns.len();
        if n == 0 {
            return GridEvent::Ignored;
        }
        let mut at = self.at;
        let mut col = self.col;
        loop {
            if forward && col + 1 < n {
                col += 1;
            } else if !forward && col > 0 {
                col -= 1;
            } else if wrap && forward && at + 1 < self.shown.len() {
                at += 1;
                col = 0;
            } else if wrap && !forward && at > 0 {
                at -= 1;
                col = n - 1;
            } else {
                return GridEvent::Ignored;
            }
            if self.columns[col].editable() {
                break;
            }
        }
        self.commit();
        self.at = at;
        self.col = col;
        GridEvent::Changed
    }

    /// Space: ticks the focused cell if it is a tick, else the row's first tick cell.
    fn tick(&mut self) -> GridEvent {
        let col = if self.columns.get(self.col).is_some_and(Column::is_tick) {
            Some(self.col)
        } else {
            self.columns.iter().position(Column::is_tick)
        };
        match col {
            Some(col) => self.edit_at(col, &Input::Action(Action::Tick)),
            None => GridEvent::NoTick,
        }
    }

    /// F5: the focused column's default into every shown row.
    fn fill(&mut self) -> GridEvent {
        self.commit();
        let Some(default) = self.columns.get(self.col).and_then(|c| c.default.clone()) else {
            return GridEvent::NoDefault;
        };
        for &r in &self.shown {
            let row = &mut self.rows[r];
            row.cells[self.col] = Cell {
                value: default.clone(),
                initial: row.cells[self.col].initial.clone(),
                typed: None,
                error: None,
            };
            row.refused = None;
        }
        self.dirty |= !self.shown.is_empty();
        GridEvent::Filled(self.shown.len())
    }

    /// The default of the focused column in words ("12.0", "勾选" …), for the status line.
    pub fn focused_default(&self) -> Option<(&'static str, String)> {
        let column = self.columns.get(self.col)?;
        let shown = match column.default.as_ref()? {
            Value::Tick(true) => s::GRID_TICKED.to_string(),
            Value::Tick(false) => s::GRID_UNTICKED.to_string(),
            Value::Empty => s::GRID_BLANK.to_string(),
            value => column.show(value),
        };
        Some((column.title, shown))
    }

    /// F10: checks the focused cell; with errors anywhere, the caret goes to the first.
    fn check(&mut self) -> GridEvent {
        self.commit();
        let bad: Vec<usize> = (0..self.rows.len())
            .filter(|&r| self.rows[r].cells.iter().any(|c| c.error.is_some()))
            .collect();
        match bad.first() {
            None => GridEvent::Save,
            Some(&first) => {
                let col = self.rows[first]
                    .cells
                    .iter()
                    .position(|c| c.error.is_some());
                self.focus_row(first, col);
                GridEvent::Invalid(bad.len())
            }
        }
    }

    /// A key for the cell in column `col` of the caret's row.
    fn edit_at(&mut self, col: usize, input: &Input) -> GridEvent {
        let Some(&r) = self.shown.get(self.at) else {
            return GridEvent::Ignored;
        };
        let (Some(column), Some(cell)) = (self.columns.get(col), self.rows[r].cells.get_mut(col))
        else {
            return GridEvent::Ignored;
        };
        let fresh = self.fresh && col == self.col;
        if !cell.take(column, input, fresh, &mut self.jump) {
            return GridEvent::Ignored;
        }
        if col == self.col && column.is_typed() {
            self.fresh = false;
        }
        self.rows[r].refused = None;
        self.dirty = true;
        GridEvent::Changed
    }

    pub fn handle(&mut self, input: &Input) -> GridEvent {
        let last = self.shown.len().saturating_sub(1);
        let choice = matches!(
            self.columns.get(self.col).map(Column::kind),
            Some(Kind::Choice { .. })
        );
        match input {
            Input::Action(Action::Up) => self.go_row(self.at.saturating_sub(1)),
            Input::Action(Action::Down | Action::NextRow) => self.go_row(self.at + 1),
            Input::Action(Action::PageUp) => self.go_row(self.at.saturating_sub(PAGE_STEP)),
            Input::Action(Action::PageDown) => self.go_row(self.at + PAGE_STEP),
            Input::Action(Action::First) => self.go_row(0),
            Input::Action(Action::Last) => self.go_row(last),
            Input::Action(Action::NextField) => self.step(true, true),
            Input::Action(Action::PrevField) => self.step(false, true),
            Input::Action(Action::Left) if !choice => self.step(false, false),
            Input::Action(Action::Right) if !choice => self.step(true, false),
            // Space from an input method in full-width mode ticks too.
            Input::Action(Action::Tick) | Input::Char('\u{3000}') => self.tick(),
            Input::Action(Action::FillColumn) => self.fill(),
            Input::Action(Action::Filter) => {
                self.commit();
                GridEvent::Filter
            }
            Input::Action(Action::Save) => self.check(),
            Input::Action(Action::Back) if self.filter.is_some() => {
                self.set_filter(None);
                GridEvent::Unfiltered
            }
            Input::Action(Action::Back) => {
                self.commit();
                GridEvent::Cancel
            }
            _ => self.edit_at(self.col, input),
        }
    }
}

fn changed(yes: bool) -> GridEvent {
    if yes {
        GridEvent::Changed
    } else {
        GridEvent::Ignored
    }
}

//! A full-screen list of records: a [`ListSource`] declares what the rows are, what F2, Enter,
//! F3 and F4 open, its filter and its printouts; this screen does the paging (keyset, a page at
//! a time, at most [`WINDOW`] rows held around the selection), the selection, the empty state,
//! the filter mark and Esc, the F9 menu and the void-with-a-reason form.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Clear, Paragraph};

use super::filter::Filtering;
use super::void_form::void_form;
use crate::store::{self, Cursor, Store};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::keymap::Mode;
use crate::ui::layer::{Command, Ctx, Input, JobData, Layer, LayerResult, Outcome};
use crate::ui::print::{PrintMenu, Printout};
use crate::ui::text::safe;
use crate::ui::theme::Theme;
use crate::ui::widgets::message::Message;
use crate::ui::widgets::table::{Column, Table, TableRow};

/// Rows read from the store at a time.
pub const PAGE: usize = 100;

/// Rows a paged list holds at most: three pages around the selection. Home reads the first
/// page again, End the last, each with one query.
pub const WINDOW: usize = 3 * PAGE;

pub use super::void_form::{Description, VoidFn, Voider};

pub trait ListSource {
    /// [`Mode::Menu`] for a menu (nothing to make or void), else [`Mode::Browse`].
    fn mode(&self) -> Mode {
        Mode::Browse
    }
    fn title(&self) -> String;
    fn columns(&self) -> Vec<Column>;
    /// Whether the list is read a page at a time. A short list (villages, a code list) is
    /// read whole by `load` at [`Cursor::First`].
    fn paged(&self) -> bool {
        false
    }
    /// Up to `limit` rows at `cursor`, in the list's order (a page before a row, or the last
    /// page, too).
    fn load(&self, store: &Store, cursor: Cursor, limit: usize) -> store::Result<Vec<TableRow>>;
    /// The list's own commands and what they do here (F2 登记纠纷, F4 记录报到 …): the key
    /// line and the help show these. Enter, F8 and Esc are added by the list screen.
    fn commands(&self) -> Vec<Command> {
        Vec::new()
    }
    /// F2: the layer that makes a new record.
    fn new_record(&mut self, _ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(None)
    }
    /// Enter on a row.
    fn open(&mut self, id: i64, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>>;
    /// F3: a search or filter layer (a filter form writes the list's [`Filtering`]; a search
    /// hands back the record to select).
    fn search(&mut self, _ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(None)
    }
    /// The list's filter, if it has one: the header says when it is in force, Esc clears it.
    fn filter(&self) -> Option<&dyn Filtering> {
        None
    }
    /// F4 on the selected row (None when the list is empty): the row's actions.
    fn actions(
        &mut self,
        _selected: Option<i64>,
        _ctx: &mut Ctx<'_>,
    ) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(None)
    }
    /// Whether F4 acts on the selected row (true), or on the list as a whole and so works on an
    /// empty list too (a month's check-ins, the alerts).
    fn actions_need_row(&self) -> bool {
        true
    }
    /// F8: how to void a record and how the void form names it, if records of this list can
    /// be voided.
    fn voider(&self) -> Option<Voider> {
        None
    }
    /// Figures from a background job this source started, by its tag; true when taken.
    fn on_job(&mut self, _tag: &'static str, _data: &mut Option<JobData>) -> bool {
        false
    }
    /// A result from a layer this source opened.
    fn on_result(&mut self, _result: &LayerResult, _ctx: &mut Ctx<'_>) -> Option<Box<dyn Layer>> {
        None
    }
    /// F9: what the list prints, given the selected row (its own form) — the period the list
    /// shows, named in each label. Empty: F9 does nothing here.
    fn printouts(&self, _selected: Option<i64>, _ctx: &Ctx<'_>) -> Vec<Printout> {
        Vec::new()
    }
    /// Called before the list is read again from the start (to recount totals, to follow
    /// today past midnight …).
    fn refresh(&mut self, _store: &Store) -> store::Result<()> {
        Ok(())
    }
    /// A line above the table (totals, the period); the list screen adds the filter mark.
    fn header(&self) -> Option<String> {
        None
    }
    /// What an empty list says.
    fn empty(&self) -> &'static str {
        s::LIST_EMPTY
    }
    /// Whether a cell needs attention now (逾期, 易激化): drawn in the alert colour, and
    /// behind the ASCII theme's symbol.
    fn alert(&self, _row: &TableRow, _column: usize) -> bool {
        false
    }
}

/// Rows of a fixed menu: the id is the index.
pub fn menu_rows(labels: &[&str]) -> Vec<TableRow> {
    labels
        .iter()
        .enumerate()
        .map(|(i, l)| TableRow {
            id: i as i64,
            cells: vec![l.to_string()],
            dim: false,
        })
        .collect()
}

pub struct ListScreen<S: ListSource> {
    source: S,
    table: Table,
    error: Option<String>,
    /// A tab's list stays when Esc has nothing to clear; another list closes.
    is_tab: bool,
}

impl<S: ListSource> ListScreen<S> {
    pub fn new(source: S, store: &Store) -> Self {
        let table = if source.paged() {
            Table::default().windowed(WINDOW)
        } else {
            Table::default()
        };
        let mut screen = ListScreen {
            source,
            table,
            error: None,
            is_tab: false,
        };
        screen.reload(store);
        screen
    }

    /// The list of a tab (Esc does not close it).
    pub fn tab(source: S, store: &Store) -> Self {
        let mut screen = Self::new(source, store);
        screen.is_tab = true;
        screen
    }

    fn is_filtered(&self) -> bool {
        self.source.filter().is_some_and(|f| f.is_filtered())
    }

    pub fn table(&self) -> &Table {
        &self.table
    }

    /// Reads the list again from the start.
    pub fn reload(&mut self, store: &Store) {
        if let Err(e) = self.source.refresh(store) {
            self.error = Some(e.to_string());
            return;
        }
        self.read_first(store);
    }

    fn read_first(&mut self, store: &Store) {
        match self.source.load(store, Cursor::First, PAGE + 1) {
            Ok(mut rows) => {
                let more = self.source.paged() && rows.len() > PAGE;
                if self.source.paged() {
                    rows.truncate(PAGE);
                }
                self.table.set_rows(rows, more);
                self.error = None;
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// Reads the list again around the record `id` (a page before it, it and a page after)
    /// and selects it, however deep it is. When it is not in the list (voided, filtered out),
    /// the list is read from the start (a paged list with its first row selected).
    pub fn reload_at(&mut self, store: &Store, id: i64) {
        if let Err(e) = self.source.refresh(store) {
            self.error = Some(e.to_string());
            return;
        }
        if self.source.paged() {
            let read = |cursor| self.page(store, cursor);
            match read(Cursor::Before(id)).and_then(|b| Ok((b, read(Cursor::From(id))?))) {
                Ok(((mut rows, more_before), (from, more_after))) => {
                    let at = rows.len();
                    rows.extend(from);
                    self.table.set_around(rows, at, more_before, more_after);
                    self.error = None;
                }
                Err(e) => self.error = Some(e.to_string()),
            }
            if self.table.selected_id() == Some(id) {
                return;
            }
        }
        self.read_first(store);
        if !self.table.select_id(id) && self.source.paged() {
            self.table.navigate(Action::First);
        }
    }

    /// A page at `cursor` and whether the list goes on beyond it (in the direction read).
    fn page(&self, store: &Store, cursor: Cursor) -> store::Result<(Vec<TableRow>, bool)> {
        let mut rows = self.source.load(store, cursor, PAGE + 1)?;
        let more = rows.len() > PAGE;
        if more && cursor.backwards() {
            rows.remove(0);
        } else {
            rows.truncate(PAGE);
        }
        Ok((rows, more))
    }

    /// After the selection moved: reads the next page (or the one before) when the selection
    /// nears the end of what is held; the table drops what falls out of its window.
    fn load_more(&mut self, store: &Store) {
        if !self.source.paged() {
            return;
        }
        let (cursor, forward) = match (self.table.first_id(), self.table.last_id()) {
            (_, Some(last)) if self.table.wants_more() => (Cursor::After(last), true),
            (Some(first), _) if self.table.wants_before() => (Cursor::Before(first), false),
            _ => return,
        };
        match self.page(store, cursor) {
            Ok((rows, more)) if forward => self.table.append(rows, more),
            Ok((rows, more)) => self.table.prepend(rows, more),
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// Home and End past what is held: the first or the last page, one query each. False
    /// when the key is not one of those.
    fn jump(&mut self, store: &Store, action: Action) -> bool {
        let cursor = match action {
            Action::First if self.source.paged() && self.table.more_before() => Cursor::First,
            Action::Last if self.source.paged() && self.table.more_after() => Cursor::Last,
            _ => return false,
        };
        match self.page(store, cursor) {
            Ok((rows, more)) if cursor == Cursor::First => {
                self.table.set_rows(rows, more);
                self.table.navigate(Action::First);
            }
            Ok((rows, more)) => self.table.set_last(rows, more),
            Err(e) => self.error = Some(e.to_string()),
        }
        true
    }

    fn open_layer(&mut self, made: store::Result<Option<Box<dyn Layer>>>) -> Outcome {
        match made {
            Ok(Some(layer)) => Outcome::Push(layer),
            Ok(None) => Outcome::Ignored,
            Err(e) => Outcome::Push(Box::new(Message::error(e.to_string()))),
        }
    }
}

impl<S: ListSource> Layer for ListScreen<S> {
    fn mode(&self) -> Mode {
        self.source.mode()
    }

    fn commands(&self) -> Vec<Command> {
        let has_row = self.table.selected_id().is_some();
        let mut commands = self.source.commands();
        if !commands.iter().any(|c| c.action == Action::Open) {
            commands.push(Command::new(Action::Open, s::ACT_OPEN));
        }
        if self.source.voider().is_some() {
            commands.push(Command::new(Action::Void, s::ACT_VOID));
        }
        for c in &mut commands {
            let needs_row = match c.action {
                Action::Open | Action::Void => true,
                Action::Actions => self.source.actions_need_row(),
                _ => false,
            };
            if needs_row {
                c.enabled &= has_row;
            }
        }
        commands.push(if self.is_filtered() {
            Command::new(Action::Back, s::ACT_CLEAR_FILTER)
        } else if self.is_tab {
            Command::disabled(Action::Back)
        } else {
            Command::new(Action::Back, s::ACT_BACK)
        });
        commands
    }

    fn handle(&mut self, input: Input, ctx: &mut Ctx<'_>) -> Outcome {
        let Input::Action(action) = input else {
            return Outcome::Ignored;
        };
        match action {
            Action::Back if self.is_filtered() => {
                if let Some(f) = self.source.filter() {
                    f.clear();
                }
                // The record selected stays selected when it is in the whole list too.
                match self.table.selected_id() {
                    Some(id) => self.reload_at(ctx.store, id),
                    None => self.reload(ctx.store),
                }
                Outcome::Changed
            }
            Action::Back => Outcome::Close(None),
            // A read-only file: say so before anyone types a whole record or step.
            Action::New | Action::Void | Action::Actions if ctx.store.is_read_only() => {
                ctx.say(s::ERR_READ_ONLY);
                Outcome::Changed
            }
            Action::Print => {
                let printouts = self.source.printouts(self.table.selected_id(), ctx);
                if printouts.is_empty() {
                    ctx.say(s::MSG_NOTHING_TO_PRINT);
                    return Outcome::Changed;
                }
                Outcome::Push(Box::new(PrintMenu::new(s::REPORT_MENU_TITLE, printouts)))
            }
            Action::Actions => {
                let made = self.source.actions(self.table.selected_id(), ctx);
                self.open_layer(made)
            }
            Action::New => {
                let made = self.source.new_record(ctx);
                self.open_layer(made)
            }
            Action::Open => match self.table.selected_id() {
                Some(id) => {
                    let made = self.source.open(id, ctx);
                    self.open_layer(made)
                }
                None => Outcome::Ignored,
            },
            Action::Search => {
                let made = self.source.search(ctx);
                self.open_layer(made)
            }
            Action::Void => match (self.table.selected_id(), self.source.voider()) {
                (Some(id), Some(voider)) => {
                    let made = void_form(ctx.store, id, &voider)
                        .map(|f| Some(Box::new(f) as Box<dyn Layer>));
                    self.open_layer(made)
                }
                (None, Some(_)) => {
                    ctx.say(s::MSG_NOTHING_SELECTED);
                    Outcome::Changed
                }
                _ => Outcome::Ignored,
            },
            other => {
                let moved = self.jump(ctx.store, other) || self.table.navigate(other);
                self.load_more(ctx.store);
                if moved {
                    Outcome::Changed
                } else {
                    Outcome::Ignored
                }
            }
        }
    }

    fn on_result(&mut self, result: LayerResult, ctx: &mut Ctx<'_>) -> Outcome {
        let follow = self.source.on_result(&result, ctx);
        // The record the result names, else the one selected (edited, its case closed …),
        // stays selected wherever it is in the list.
        let at = match result {
            LayerResult::Person(id) | LayerResult::Picked(id) | LayerResult::Created(id) => {
                Some(id)
            }
            _ => self.table.selected_id(),
        };
        match at {
            Some(id) => self.reload_at(ctx.store, id),
            None => self.reload(ctx.store),
        }
        match follow {
            Some(layer) => Outcome::Push(layer),
            None => Outcome::Changed,
        }
    }

    fn on_new_day(&mut self, ctx: &mut Ctx<'_>) {
        match self.table.selected_id() {
            Some(id) => self.reload_at(ctx.store, id),
            None => self.reload(ctx.store),
        }
    }

    fn on_job(&mut self, tag: &'static str, data: &mut Option<JobData>) -> bool {
        self.source.on_job(tag, data)
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: Theme) -> Option<Position> {
        frame.render_widget(Clear, area);
        let title = self.source.title();
        let block = theme.block(&title);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let empty = self.error.as_deref().unwrap_or(self.source.empty());
        let header = match (self.source.header(), self.is_filtered()) {
            (Some(h), true) => Some(format!("{h}{}", s::LIST_FILTERED_MARK)),
            (None, true) => Some(s::LIST_FILTERED_MARK.to_string()),
            (header, false) => header,
        };
        // A failed read with rows still shown says so above them (the rows may be stale).
        let (header, style) = match (&self.error, self.table.rows().is_empty()) {
            (Some(e), false) => (Some(e.clone()), theme.error()),
            _ => (header, theme.label()),
        };
        let table_area = match header {
            Some(header) if inner.height > 2 => {
                frame.render_widget(
                    Paragraph::new(Span::styled(safe(&header).into_owned(), style)),
                    Rect::new(inner.x, inner.y, inner.width, 1),
                );
                Rect::new(inner.x, inner.y + 1, inner.width, inner.height - 1)
            }
            _ => inner,
        };
        self.table.render_with(
            frame,
            table_area,
            theme,
            &self.source.columns(),
            empty,
            &|row, column| self.source.alert(row, column),
        );
        None
    }
}

#[cfg(test)]
#[path = "list_screen_tests.rs"]
mod tests;

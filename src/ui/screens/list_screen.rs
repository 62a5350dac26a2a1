//! A full-screen list of records: a [`ListSource`] says what the rows are and what F2, Enter and
//! F8 open; this screen does the paging (keyset, a page at a time, at most [`WINDOW`] rows
//! held around the selection), the selection, the empty state and the void-with-a-reason form.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Clear, Paragraph};

use super::form_screen::{FormScreen, Saving};
use crate::store::{self, Cursor, Store};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::keymap::Mode;
use crate::ui::layer::{Ctx, Input, Layer, LayerResult, Outcome};
use crate::ui::text::safe;
use crate::ui::theme::Theme;
use crate::ui::widgets::form::{Field, Form};
use crate::ui::widgets::message::Message;
use crate::ui::widgets::table::{Column, Table, TableRow};

/// Rows read from the store at a time.
pub const PAGE: usize = 100;

/// Rows a paged list holds at most: three pages around the selection. Home reads the first
/// page again, End the last, each with one query.
pub const WINDOW: usize = 3 * PAGE;

/// Voids one record with a reason.
pub type VoidFn = fn(&mut Store, i64, &str) -> store::Result<()>;

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
    /// F2: the layer that makes a new record.
    fn new_record(&mut self, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>>;
    /// Enter on a row.
    fn open(&mut self, id: i64, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>>;
    /// F3: a search layer (it hands back the record to select), if the list has one.
    fn search(&mut self, _ctx: &mut Ctx<'_>) -> Option<Box<dyn Layer>> {
        None
    }
    /// F8: how to void a record, if records of this list can be voided.
    fn voider(&self) -> Option<VoidFn> {
        None
    }
    /// A result from a layer this source opened.
    fn on_result(&mut self, _result: &LayerResult, _ctx: &mut Ctx<'_>) -> Option<Box<dyn Layer>> {
        None
    }
    /// F9: the print / export menu, if the list has printouts.
    fn print(&mut self, _ctx: &mut Ctx<'_>) -> Option<Box<dyn Layer>> {
        None
    }
    /// F9 with the selected row's id, for printouts of one record; `print` unless overridden.
    fn print_selected(
        &mut self,
        _selected: Option<i64>,
        ctx: &mut Ctx<'_>,
    ) -> Option<Box<dyn Layer>> {
        self.print(ctx)
    }
    /// Esc: true when the source used it (to clear a filter) rather than closing the list.
    fn back(&mut self) -> bool {
        false
    }
    /// Called before the list is read again from the start (to recount totals …).
    fn refresh(&mut self, _store: &Store) -> store::Result<()> {
        Ok(())
    }
    /// A line above the table (totals, the filter in force).
    fn header(&self) -> Option<String> {
        None
    }
    /// Whether F3 / F8 / F9 / F4 do something here (for the bottom key line). F2 and Enter
    /// always do.
    fn offers(&self, action: Action) -> bool {
        !matches!(
            action,
            Action::Search | Action::Void | Action::Print | Action::Actions
        )
    }
    /// What an empty list says.
    fn empty(&self) -> &'static str {
        s::LIST_EMPTY
    }
}

pub struct ListScreen<S: ListSource> {
    source: S,
    table: Table,
    error: Option<String>,
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
        };
        screen.reload(store);
        screen
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

    fn void_form(&self, id: i64, void: VoidFn) -> FormScreen {
        let form = Form::new(
            s::VOID_TITLE,
            vec![Field::text("reason", s::VOID_REASON, 100).required()],
        );
        let save = move |form: &mut Form, ctx: &mut Ctx<'_>| match void(
            ctx.store,
            id,
            form.text("reason"),
        ) {
            Ok(()) => {
                ctx.say(s::MSG_VOIDED);
                Saving::Done(Some(LayerResult::Saved))
            }
            Err(e) => Saving::Failed(e.to_string()),
        };
        FormScreen::new(form, Box::new(save))
    }
}

impl<S: ListSource> Layer for ListScreen<S> {
    fn mode(&self) -> Mode {
        self.source.mode()
    }

    fn offers(&self, action: Action) -> bool {
        self.source.offers(action)
    }

    fn handle(&mut self, input: Input, ctx: &mut Ctx<'_>) -> Outcome {
        let Input::Action(action) = input else {
            return Outcome::Ignored;
        };
        match action {
            Action::Back if self.source.back() => {
                self.reload(ctx.store);
                Outcome::Changed
            }
            Action::Back => Outcome::Close(None),
            // A read-only file: say so before anyone types a whole record.
            Action::New | Action::Void if ctx.store.is_read_only() => {
                ctx.say(s::ERR_READ_ONLY);
                Outcome::Changed
            }
            Action::Print => match self.source.print_selected(self.table.selected_id(), ctx) {
                Some(layer) => Outcome::Push(layer),
                None => Outcome::Ignored,
            },
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
            Action::Search => match self.source.search(ctx) {
                Some(layer) => Outcome::Push(layer),
                None => Outcome::Ignored,
            },
            Action::Void => match (self.table.selected_id(), self.source.voider()) {
                (Some(id), Some(void)) => Outcome::Push(Box::new(self.void_form(id, void))),
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

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: Theme) -> Option<Position> {
        frame.render_widget(Clear, area);
        let title = self.source.title();
        let block = theme.block(&title);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let empty = self.error.as_deref().unwrap_or(self.source.empty());
        let table_area = match self.source.header() {
            Some(header) if inner.height > 2 => {
                frame.render_widget(
                    Paragraph::new(Span::styled(safe(&header).into_owned(), theme.label())),
                    Rect::new(inner.x, inner.y, inner.width, 1),
                );
                Rect::new(inner.x, inner.y + 1, inner.width, inner.height - 1)
            }
            _ => inner,
        };
        self.table
            .render(frame, table_area, theme, &self.source.columns(), empty);
        None
    }
}

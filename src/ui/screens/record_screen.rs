//! One record whole: a generic screen that a tab declares through [`Record`] — the header
//! fields, the sections (history, payments, check-ins, trainings …) each a small paged table,
//! and F4 offering exactly the actions a pure domain function allows in the record's state,
//! each a declared step form. The dispute case screen is one; the next tabs' records are too.
//!
//! ```text
//! ┌ 案件：张三 诉 李四 ──────────────────────────────────────────┐
//! │ 案号：〔2026〕版石人调字第007号                                │  header fields
//! │ 状态：调解中  剩5天                                            │  (long values wrap)
//! │                                                                │
//! │ ▶ 办理经过（3）                                                │  a section: Tab
//! │   日期       步骤     内容                                     │  focuses the next,
//! │   2026-11-20 登记                                              │  PgUp/PgDn page it
//! │   2026-11-21 受理     调解员 王芳                              │
//! └────────────────────────────────────────────────────────────────┘
//! ```
//! The first fields a record names ([`Record::pinned_fields`]: 案号, 状态, deadlines) stay at
//! the top; the rest scrolls under them: ↑/↓ a line, PgUp/PgDn a page, Home/End to the top
//! and the end; "↓ 还有 N 行" says when more is below. Every row of every section is there
//! (no section hides rows behind pages of its own), a long last cell wrapped under its column. Esc goes back to the list, which reads itself again.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};

use crate::store::{self, Store};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::keymap::Mode;
use crate::ui::layer::{Command, Ctx, Input, JobData, Layer, LayerResult, Outcome};
use crate::ui::theme::Theme;
use crate::ui::widgets::menu::Menu;
use crate::ui::widgets::message::Message;
use crate::ui::widgets::table::{Column, TableRow};

use super::record_lines::{Place, View, more_below, view};

/// Rows PgUp/PgDn move the selection in a section whose rows open.
pub const SECTION_PAGE: usize = 10;

/// How far ↑/↓/PgUp/PgDn move the selection in a section whose rows open.
fn pick_step(action: Action) -> isize {
    match action {
        Action::Down => 1,
        Action::Up => -1,
        Action::PageDown => SECTION_PAGE as isize,
        _ => -(SECTION_PAGE as isize),
    }
}

const ACTIONS: &str = "record-actions";

/// A part of a record shown as a small table.
#[derive(Debug, Clone, Default)]
pub struct Section {
    pub title: String,
    pub columns: Vec<Column>,
    pub rows: Vec<TableRow>,
}

/// What a tab declares about one of its records.
pub trait Record {
    /// One action F4 may offer (a lifecycle step, a check-in …), as the domain names it.
    type Action: Copy;
    fn title(&self) -> String;
    /// The header: label and value, in order; a long value wraps.
    fn fields(&self) -> Vec<(String, String)>;
    /// How many of the first [`Record::fields`] stay in view while the rest scrolls (the
    /// case number, the status, the deadlines). Not kept when they would fill half the screen.
    fn pinned_fields(&self) -> usize {
        0
    }
    /// The sections under the header, in order.
    fn sections(&self) -> Vec<Section> {
        Vec::new()
    }
    /// What F4 is called here (办理, 记录报到 …).
    fn actions_label(&self) -> &'static str;
    /// The actions the record's state allows now, with their labels — from a pure domain
    /// function. The one chosen from the F4 menu is handed to [`Record::action`] as offered.
    fn actions(&self) -> Vec<(Self::Action, String)>;
    /// What F4 says when the state allows nothing.
    fn no_actions(&self) -> &'static str {
        s::RECORD_NO_ACTIONS
    }
    /// The step form of an action offered by [`Record::actions`].
    fn action(&mut self, action: Self::Action, ctx: &mut Ctx<'_>) -> store::Result<Box<dyn Layer>>;
    /// Whether the rows of section `section` open (to look at, correct or void one): then
    /// ↑/↓ select a row of the focused section and Enter opens it.
    fn opens_rows(&self, _section: usize) -> bool {
        false
    }
    /// Enter on row `row` (its id) of section `section`.
    fn open_row(
        &mut self,
        _section: usize,
        _row: i64,
        _ctx: &mut Ctx<'_>,
    ) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(None)
    }
    /// Reads the record again (after a step was saved, on a new day).
    fn reload(&mut self, store: &Store) -> store::Result<()>;
    /// Figures from a background job this record started, by its tag; true when taken.
    fn on_job(&mut self, _tag: &'static str, _data: &mut Option<JobData>) -> bool {
        false
    }
}

pub struct RecordScreen<R: Record> {
    record: R,
    /// The actions of the open F4 menu, in its order: the choice means what was offered,
    /// even if the record changed meanwhile (the step's own save checks the state again).
    offered: Vec<R::Action>,
    /// The first line shown.
    scroll: usize,
    /// The section PgUp/PgDn page.
    section: usize,
    /// The selected row of each section whose rows open.
    picked: Vec<usize>,
}

impl<R: Record> RecordScreen<R> {
    pub fn new(record: R) -> Self {
        RecordScreen {
            record,
            offered: Vec::new(),
            scroll: 0,
            section: 0,
            picked: Vec::new(),
        }
    }

    pub fn record(&self) -> &R {
        &self.record
    }

    fn picked_of(&self, section: usize) -> usize {
        self.picked.get(section).copied().unwrap_or(0)
    }

    /// Whether ↑/↓ and Enter work on the rows of the focused section.
    fn selecting(&self) -> bool {
        self.record.opens_rows(self.section)
            && self
                .record
                .sections()
                .get(self.section)
                .is_some_and(|s| !s.rows.is_empty())
    }

    /// Moves the selection in the focused section by `by` rows; its page follows.
    fn pick(&mut self, by: isize) -> bool {
        let sections = self.record.sections();
        let Some(section) = sections.get(self.section) else {
            return false;
        };
        let n = section.rows.len();
        if self.picked.len() < sections.len() {
            self.picked.resize(sections.len(), 0);
        }
        let at = self.picked[self.section].min(n.saturating_sub(1));
        let next = at.saturating_add_signed(by).min(n.saturating_sub(1));
        self.picked[self.section] = next;
        next != at
    }

    /// The screen's lines at `width` columns.
    fn view(&self, width: usize, theme: Theme) -> View {
        let place = Place {
            section: self.section,
            picked: &self.picked,
        };
        view(&self.record, &place, width, theme)
    }

    /// The view at an inner size, the header unpinned when it would take half the height;
    /// and how many body lines fit under the header.
    fn fitted(&self, width: usize, height: usize, theme: Theme) -> (View, usize) {
        let mut v = self.view(width, theme);
        if v.header.len() * 2 > height {
            let body = std::mem::take(&mut v.body);
            v.picked = v.picked.map(|p| p + v.header.len());
            v.body = std::mem::take(&mut v.header);
            v.body.extend(body);
        }
        let body_h = height.saturating_sub(v.header.len()).max(1);
        (v, body_h)
    }

    /// The first body line shown at most: the last line at the bottom of the screen.
    fn max_scroll(v: &View, body_h: usize) -> usize {
        v.body.len().saturating_sub(body_h)
    }

    /// Scrolls so that the selected row is on the screen.
    fn reveal(&mut self, width: usize, height: usize) {
        let (v, body_h) = self.fitted(width, height, Theme::default());
        let Some(line) = v.picked else {
            return;
        };
        // The last line may be "↓ 还有 N 行".
        let shown = body_h.saturating_sub(1).max(1);
        if line < self.scroll {
            self.scroll = line;
        } else if line >= self.scroll + shown {
            self.scroll = (line + 1 - shown).min(Self::max_scroll(&v, body_h));
        }
    }

    /// Scrolls the body: `to` a line, clamped; false when it did not move.
    fn scroll_to(&mut self, to: usize, width: usize, height: usize) -> bool {
        let (v, body_h) = self.fitted(width, height, Theme::default());
        let to = to.min(Self::max_scroll(&v, body_h));
        let moved = to != self.scroll;
        self.scroll = to;
        moved
    }

    /// Every line, header and body, wrapped to `width` (for tests).
    #[cfg(test)]
    fn lines(&self, width: usize, theme: Theme) -> Vec<Line<'static>> {
        let v = self.view(width, theme);
        v.header.into_iter().chain(v.body).collect()
    }
}

impl<R: Record> Layer for RecordScreen<R> {
    fn mode(&self) -> Mode {
        Mode::Browse
    }

    fn commands(&self) -> Vec<Command> {
        let mut actions = Command::new(Action::Actions, self.record.actions_label());
        actions.enabled = !self.record.actions().is_empty();
        let mut commands = vec![
            actions,
            Command::new(Action::NextField, s::RECORD_NEXT_SECTION),
        ];
        if self.selecting() {
            commands.push(Command::new(Action::Open, s::ACT_OPEN));
        }
        commands
    }

    fn handle(&mut self, input: Input, ctx: &mut Ctx<'_>) -> Outcome {
        let Input::Action(action) = input else {
            return Outcome::Ignored;
        };
        // The inner size: the tab bar, the status and key lines and the border are outside.
        let w = ctx.width.saturating_sub(2).max(1) as usize;
        let h = ctx.height.saturating_sub(5).max(1) as usize;
        match action {
            Action::Back => Outcome::Close(Some(LayerResult::Saved)),
            // A read-only file: said before anyone types a whole step.
            Action::Actions if ctx.store.is_read_only() => {
                ctx.say(s::ERR_READ_ONLY);
                Outcome::Changed
            }
            Action::Actions => {
                let offered = self.record.actions();
                self.offered = offered.iter().map(|(a, _)| *a).collect();
                if offered.is_empty() {
                    return Outcome::Push(Box::new(Message::info(self.record.no_actions())));
                }
                let labels: Vec<&str> = offered.iter().map(|(_, l)| l.as_str()).collect();
                Outcome::Push(Box::new(Menu::new(
                    self.record.actions_label(),
                    ACTIONS,
                    &labels,
                )))
            }
            // The selection moves while it can; past the section's first or last row the
            // keys scroll the page as elsewhere (a long last row is read to its end).
            Action::Down | Action::Up | Action::PageDown | Action::PageUp
                if self.selecting() && self.pick(pick_step(action)) =>
            {
                self.reveal(w, h);
                Outcome::Changed
            }
            Action::Open if self.selecting() => {
                let Some(row) = self
                    .record
                    .sections()
                    .get(self.section)
                    .and_then(|s| s.rows.get(self.picked_of(self.section)).map(|r| r.id))
                else {
                    return Outcome::Ignored;
                };
                match self.record.open_row(self.section, row, ctx) {
                    Ok(Some(layer)) => Outcome::Push(layer),
                    Ok(None) => Outcome::Ignored,
                    Err(e) => Outcome::Push(Box::new(Message::error(e.to_string()))),
                }
            }
            Action::NextField if self.record.sections().len() > 1 => {
                self.section = (self.section + 1) % self.record.sections().len();
                Outcome::Changed
            }
            Action::Down
            | Action::Up
            | Action::PageDown
            | Action::PageUp
            | Action::First
            | Action::Last => {
                // A page leaves one line seen before; the last may be "↓ 还有 N 行".
                let page = h.saturating_sub(3).max(1);
                let to = match action {
                    Action::Down => self.scroll + 1,
                    Action::Up => self.scroll.saturating_sub(1),
                    Action::PageDown => self.scroll + page,
                    Action::PageUp => self.scroll.saturating_sub(page),
                    Action::First => 0,
                    _ => usize::MAX,
                };
                if self.scroll_to(to, w, h) {
                    Outcome::Changed
                } else {
                    Outcome::Ignored
                }
            }
            _ => Outcome::Ignored,
        }
    }

    fn on_result(&mut self, result: LayerResult, ctx: &mut Ctx<'_>) -> Outcome {
        if let LayerResult::Chosen(ACTIONS, i) = result {
            let Some(action) = self.offered.get(i).copied() else {
                return Outcome::Ignored;
            };
            return match self.record.action(action, ctx) {
                Ok(layer) => Outcome::Push(layer),
                Err(e) => Outcome::Push(Box::new(Message::error(e.to_string()))),
            };
        }
        if let Err(e) = self.record.reload(ctx.store) {
            ctx.say(e.to_string());
        }
        Outcome::Changed
    }

    fn on_new_day(&mut self, ctx: &mut Ctx<'_>) {
        if let Err(e) = self.record.reload(ctx.store) {
            ctx.say(e.to_string());
        }
    }

    fn on_job(&mut self, tag: &'static str, data: &mut Option<JobData>) -> bool {
        self.record.on_job(tag, data)
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: Theme) -> Option<Position> {
        frame.render_widget(Clear, area);
        let title = self.record.title();
        let block = theme.block(&title);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let (v, body_h) = self.fitted(inner.width as usize, inner.height as usize, theme);
        // After a resize the place is kept as near as the new size allows.
        let scroll = self.scroll.min(Self::max_scroll(&v, body_h));
        let below = v.body.len().saturating_sub(scroll + body_h);
        let mut lines: Vec<Line<'static>> = v.header;
        let shown = if below > 0 { body_h - 1 } else { body_h };
        lines.extend(v.body.iter().skip(scroll).take(shown).cloned());
        if below > 0 {
            lines.push(more_below(v.body.len() - scroll - shown, theme));
        }
        frame.render_widget(Paragraph::new(lines), inner);
        None
    }
}

#[cfg(test)]
#[path = "record_screen_tests.rs"]
mod tests;

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
//! ↑/↓ scroll the whole screen; Esc goes back to the list, which reads itself again.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::store::{self, Store};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::keymap::Mode;
use crate::ui::layer::{Command, Ctx, Input, JobData, Layer, LayerResult, Outcome};
use crate::ui::text::safe;
use crate::ui::theme::Theme;
use crate::ui::widgets::menu::Menu;
use crate::ui::widgets::message::Message;
use crate::ui::widgets::table::{Column, TableRow, column_widths, row_text};

/// Rows of a section shown at a time.
pub const SECTION_PAGE: usize = 10;

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
    scroll: u16,
    /// The section PgUp/PgDn page.
    section: usize,
    /// The first row shown of each section.
    pages: Vec<usize>,
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
            pages: Vec::new(),
            picked: Vec::new(),
        }
    }

    pub fn record(&self) -> &R {
        &self.record
    }

    fn page_of(&self, section: usize) -> usize {
        self.pages.get(section).copied().unwrap_or(0)
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
        for v in [&mut self.picked, &mut self.pages] {
            if v.len() < sections.len() {
                v.resize(sections.len(), 0);
            }
        }
        let at = self.picked[self.section].min(n.saturating_sub(1));
        let next = at.saturating_add_signed(by).min(n.saturating_sub(1));
        self.picked[self.section] = next;
        self.pages[self.section] = next / SECTION_PAGE * SECTION_PAGE;
        next != at
    }

    /// Scrolls so that the selected row is on the screen (`height` lines of it).
    fn reveal(&mut self, width: usize, height: usize) {
        let (_, line) = self.lines_with_pick(width, Theme::default());
        let Some(line) = line else {
            return;
        };
        let line = line as u16;
        let height = height.max(1) as u16;
        if line < self.scroll {
            self.scroll = line;
        } else if line >= self.scroll + height {
            self.scroll = line + 1 - height;
        }
    }

    fn turn_page(&mut self, forward: bool) -> bool {
        let sections = self.record.sections();
        let Some(section) = sections.get(self.section) else {
            return false;
        };
        let n = section.rows.len();
        if self.pages.len() < sections.len() {
            self.pages.resize(sections.len(), 0);
        }
        let at = self.pages[self.section];
        let next = if forward {
            if at + SECTION_PAGE < n {
                at + SECTION_PAGE
            } else {
                at
            }
        } else {
            at.saturating_sub(SECTION_PAGE)
        };
        self.pages[self.section] = next;
        next != at
    }

    fn lines(&self, width: usize, theme: Theme) -> Vec<Line<'static>> {
        self.lines_with_pick(width, theme).0
    }

    /// The screen's lines, and which of them is the selected row (when rows are selected).
    fn lines_with_pick(&self, width: usize, theme: Theme) -> (Vec<Line<'static>>, Option<usize>) {
        let mut picked_line = None;
        let mut out: Vec<Line<'static>> = self
            .record
            .fields()
            .into_iter()
            .map(|(label, value)| {
                Line::from(vec![
                    Span::styled(format!("{label}："), theme.label()),
                    Span::raw(safe(&value).into_owned()),
                ])
            })
            .collect();
        let sections = self.record.sections();
        let several = sections.len() > 1;
        for (i, section) in sections.iter().enumerate() {
            out.push(Line::from(""));
            let marker = if several && i == self.section {
                theme.marker()
            } else {
                ""
            };
            out.push(Line::from(Span::styled(
                format!(
                    "{marker}{}",
                    s::record_section_title(&section.title, section.rows.len())
                ),
                theme.header(),
            )));
            if section.rows.is_empty() {
                out.push(Line::from(Span::styled(
                    format!("  {}", s::RECORD_SECTION_EMPTY),
                    theme.dim(),
                )));
                continue;
            }
            let widths = column_widths(&section.columns, &section.rows, width.saturating_sub(2));
            let titles: Vec<String> = section
                .columns
                .iter()
                .map(|c| c.title.to_string())
                .collect();
            out.push(Line::from(Span::styled(
                format!("  {}", row_text(&titles, &widths, theme)),
                theme.dim(),
            )));
            let first = self.page_of(i).min(section.rows.len().saturating_sub(1));
            let selecting = i == self.section && self.record.opens_rows(i);
            for (n, row) in section
                .rows
                .iter()
                .enumerate()
                .skip(first)
                .take(SECTION_PAGE)
            {
                let text = row_text(&row.cells, &widths, theme);
                if selecting && n == self.picked_of(i) {
                    picked_line = Some(out.len());
                    out.push(Line::from(vec![
                        Span::raw(theme.marker()),
                        Span::styled(text, theme.selected()),
                    ]));
                    continue;
                }
                let style = if row.dim {
                    theme.dim()
                } else {
                    Default::default()
                };
                out.push(Line::from(Span::styled(format!("  {text}"), style)));
            }
            if section.rows.len() > SECTION_PAGE {
                let last = (first + SECTION_PAGE).min(section.rows.len());
                out.push(Line::from(Span::styled(
                    s::record_section_page(first + 1, last, section.rows.len()),
                    theme.dim(),
                )));
            }
        }
        (out, picked_line)
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
            Action::Down | Action::Up | Action::PageDown | Action::PageUp if self.selecting() => {
                let by = match action {
                    Action::Down => 1,
                    Action::Up => -1,
                    Action::PageDown => SECTION_PAGE as isize,
                    _ => -(SECTION_PAGE as isize),
                };
                if !self.pick(by) {
                    return Outcome::Ignored;
                }
                let inner_w = ctx.width.saturating_sub(2).max(1) as usize;
                self.reveal(inner_w, ctx.height.saturating_sub(5) as usize);
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
            Action::Down | Action::Last => {
                // No further than the last line at the bottom of the screen.
                let inner_w = ctx.width.saturating_sub(2).max(1) as usize;
                let inner_h = ctx.height.saturating_sub(5) as usize;
                let lines: usize = self
                    .lines(inner_w, Theme::default())
                    .iter()
                    .map(|l| l.width().div_ceil(inner_w).max(1))
                    .sum();
                let max = lines.saturating_sub(inner_h) as u16;
                let next = if action == Action::Last {
                    max
                } else {
                    (self.scroll + 1).min(max)
                };
                if next == self.scroll {
                    return Outcome::Ignored;
                }
                self.scroll = next;
                Outcome::Changed
            }
            Action::Up if self.scroll > 0 => {
                self.scroll -= 1;
                Outcome::Changed
            }
            Action::First if self.scroll > 0 => {
                self.scroll = 0;
                Outcome::Changed
            }
            Action::NextField if self.record.sections().len() > 1 => {
                self.section = (self.section + 1) % self.record.sections().len();
                Outcome::Changed
            }
            Action::PageDown | Action::PageUp => {
                if self.turn_page(action == Action::PageDown) {
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
        frame.render_widget(
            Paragraph::new(self.lines(inner.width as usize, theme))
                .wrap(Wrap { trim: false })
                .scroll((self.scroll, 0))
                .block(block),
            area,
        );
        None
    }
}

#[cfg(test)]
#[path = "record_screen_tests.rs"]
mod tests;

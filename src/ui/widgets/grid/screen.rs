//! The grid as a layer: F10 hands every row to the owner's save function, F3 asks which
//! village or group to show, Esc asks before discarding changes.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::Clear;

use super::model::{Grid, GridEvent};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::keymap::Mode;
use crate::ui::layer::{Command, Ctx, Input, Layer, LayerResult, Outcome};
use crate::ui::theme::Theme;
use crate::ui::widgets::confirm::Confirm;
use crate::ui::widgets::menu::Menu;
use crate::ui::widgets::message::Message;

/// What the owner's save function did.
pub enum GridSaving {
    /// Every row saved in one transaction: close the grid, handing this to the layer beneath.
    Done(Option<LayerResult>),
    /// Nothing saved: these rows were refused (row id → a message for the person), shown
    /// under each of them.
    Refused(Vec<(i64, String)>),
    /// Nothing saved: a message for the person (the database refused, the file is read-only …).
    Failed(String),
}

/// Saves every row of the grid in ONE `Store::write` transaction, so that nothing is ever
/// half-saved.
pub type GridSaveFn = Box<dyn FnMut(&Grid, &mut Ctx<'_>) -> GridSaving>;

const DISCARD: &str = "grid-discard";
const FILTER: &str = "grid-filter";

pub struct GridScreen {
    grid: Grid,
    on_save: GridSaveFn,
    /// The groups offered by the open F3 popup, after its first line (全部).
    offered: Vec<String>,
}

impl GridScreen {
    pub fn new(grid: Grid, on_save: GridSaveFn) -> Self {
        GridScreen {
            grid,
            on_save,
            offered: Vec::new(),
        }
    }

    pub fn grid(&self) -> &Grid {
        &self.grid
    }

    fn save(&mut self, ctx: &mut Ctx<'_>) -> Outcome {
        self.grid.set_refused(&[]);
        match (self.on_save)(&self.grid, ctx) {
            GridSaving::Done(result) => {
                ctx.say(s::grid_saved(self.grid.len()));
                Outcome::Close(result)
            }
            GridSaving::Refused(refused) => {
                self.grid.set_refused(&refused);
                ctx.say(s::grid_refused(refused.len()));
                Outcome::Changed
            }
            GridSaving::Failed(message) => Outcome::Push(Box::new(Message::error(message))),
        }
    }

    fn filter_popup(&mut self, ctx: &mut Ctx<'_>) -> Outcome {
        let groups = self.grid.groups();
        if groups.len() < 2 {
            ctx.say(s::GRID_NO_GROUPS);
            return Outcome::Changed;
        }
        let mut items = vec![s::grid_filter_item(s::GRID_FILTER_ALL, self.grid.len())];
        items.extend(groups.iter().map(|(g, n)| {
            let name = if g.is_empty() { s::GRID_NO_GROUP } else { g };
            s::grid_filter_item(name, *n)
        }));
        self.offered = groups.into_iter().map(|(g, _)| g).collect();
        let items: Vec<&str> = items.iter().map(String::as_str).collect();
        Outcome::Push(Box::new(Menu::new(
            self.grid.filter_popup_title(),
            FILTER,
            &items,
        )))
    }
}

impl Layer for GridScreen {
    fn mode(&self) -> Mode {
        Mode::Grid
    }

    fn handle(&mut self, input: Input, ctx: &mut Ctx<'_>) -> Outcome {
        match self.grid.handle(&input) {
            GridEvent::Ignored => Outcome::Ignored,
            GridEvent::Changed => Outcome::Changed,
            GridEvent::Filled(rows) => {
                if let Some((title, value)) = self.grid.focused_default() {
                    ctx.say(s::grid_filled(title, &value, rows));
                }
                Outcome::Changed
            }
            GridEvent::NoDefault => {
                ctx.say(s::GRID_NO_DEFAULT);
                Outcome::Changed
            }
            GridEvent::NoTick => {
                ctx.say(s::GRID_NO_TICK);
                Outcome::Changed
            }
            GridEvent::Filter => self.filter_popup(ctx),
            GridEvent::Unfiltered => {
                ctx.say(s::GRID_UNFILTERED);
                Outcome::Changed
            }
            GridEvent::Invalid(rows) => {
                ctx.say(s::grid_has_errors(rows));
                Outcome::Changed
            }
            GridEvent::Save => self.save(ctx),
            GridEvent::Cancel if self.grid.is_dirty() => {
                Outcome::Push(Box::new(Confirm::new(s::GRID_CONFIRM_DISCARD, DISCARD)))
            }
            GridEvent::Cancel => Outcome::Close(None),
        }
    }

    fn on_result(&mut self, result: LayerResult, ctx: &mut Ctx<'_>) -> Outcome {
        match result {
            LayerResult::Confirmed(DISCARD) => {
                ctx.say(s::MSG_CANCELLED);
                Outcome::Close(None)
            }
            LayerResult::Chosen(FILTER, 0) => {
                self.grid.set_filter(None);
                ctx.say(s::GRID_UNFILTERED);
                Outcome::Changed
            }
            LayerResult::Chosen(FILTER, i) => {
                if let Some(group) = self.offered.get(i - 1).cloned() {
                    self.grid.set_filter(Some(&group));
                    let name = if group.is_empty() {
                        s::GRID_NO_GROUP
                    } else {
                        &group
                    };
                    ctx.say(s::grid_filtered(name, self.grid.shown_len()));
                }
                Outcome::Changed
            }
            _ => Outcome::Changed,
        }
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: Theme) -> Option<Position> {
        frame.render_widget(Clear, area);
        self.grid.render(frame, area, theme)
    }

    /// F5 only where the focused column has a default, F3 only with two groups or more.
    fn commands(&self) -> Vec<Command> {
        let mut fill = Command::new(Action::FillColumn, Action::FillColumn.description());
        fill.enabled = self.grid.focused_default().is_some();
        let mut filter = Command::new(Action::Filter, self.grid.filter_popup_title());
        filter.enabled = self.grid.groups().len() > 1;
        let mut commands = vec![fill, filter];
        // Space only where the grid has a tick column (a month's check-ins, not a settings grid).
        if self.grid.has_tick() {
            commands.insert(0, Command::new(Action::Tick, Action::Tick.description()));
        }
        commands
    }

    fn is_dirty(&self) -> bool {
        self.grid.is_dirty()
    }
}

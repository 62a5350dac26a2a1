//! A short menu popup (the print / export choices …): ↑/↓ and Enter choose, Esc closes.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};

use super::table::{Column, Table, TableRow};
use super::{clear_popup, digit_jump, popup_area};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::keymap::Mode;
use crate::ui::layer::{Command, Ctx, Input, Layer, LayerResult, Outcome};
use crate::ui::text::width;
use crate::ui::theme::Theme;

pub struct Menu {
    title: String,
    /// Handed back in [`LayerResult::Chosen`] with the index chosen.
    tag: &'static str,
    table: Table,
    height: u16,
    /// Digits typed in a menu of ten lines or more ("1" "2" → line 12).
    typed: String,
}

impl Menu {
    pub fn new(title: impl Into<String>, tag: &'static str, items: &[&str]) -> Self {
        let mut table = Table::default().without_count();
        table.set_rows(
            items
                .iter()
                .enumerate()
                .map(|(i, item)| TableRow {
                    id: i as i64,
                    cells: vec![format!("{}. {item}", i + 1)],
                    dim: false,
                })
                .collect(),
            false,
        );
        Menu {
            title: title.into(),
            tag,
            table,
            height: items.len() as u16 + 3,
            typed: String::new(),
        }
    }
}

/// What a key did to a menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuEvent {
    /// Enter on a line, or its digit.
    Chosen(usize),
    Cancelled,
    Moved,
    Ignored,
}

impl Menu {
    /// A key in the menu: ↑/↓ move, Enter or a line's digit chooses, Esc cancels.
    pub fn pick(&mut self, input: &Input) -> MenuEvent {
        if !matches!(input, Input::Char(c) if c.is_ascii_digit()) {
            self.typed.clear();
        }
        match input {
            Input::Action(Action::Open) => match self.table.selected_id() {
                Some(i) => MenuEvent::Chosen(i as usize),
                None => MenuEvent::Ignored,
            },
            Input::Action(Action::Back) => MenuEvent::Cancelled,
            // Up to nine lines a digit chooses at once; with more, digits typed one after
            // another go to that line ("1" "2" → 12) and Enter chooses it.
            Input::Char(c) if c.is_ascii_digit() => {
                let lines = self.table.rows().len();
                if lines <= 9 {
                    return match c.to_digit(10).map(|d| d as usize) {
                        Some(n) if n >= 1 && n <= lines => MenuEvent::Chosen(n - 1),
                        _ => MenuEvent::Ignored,
                    };
                }
                let Some(n) = digit_jump(&mut self.typed, *c, lines) else {
                    return MenuEvent::Ignored;
                };
                self.table.select_id(n as i64 - 1);
                MenuEvent::Moved
            }
            Input::Action(a) if self.table.navigate(*a) => MenuEvent::Moved,
            _ => MenuEvent::Ignored,
        }
    }
}

impl Layer for Menu {
    fn mode(&self) -> Mode {
        Mode::Menu
    }

    fn commands(&self) -> Vec<Command> {
        vec![Command::new(Action::Open, s::ACT_CHOOSE)]
    }

    fn handle(&mut self, input: Input, _ctx: &mut Ctx<'_>) -> Outcome {
        match self.pick(&input) {
            MenuEvent::Chosen(i) => Outcome::Close(Some(LayerResult::Chosen(self.tag, i))),
            MenuEvent::Cancelled => Outcome::Close(None),
            MenuEvent::Moved => Outcome::Changed,
            MenuEvent::Ignored => Outcome::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: Theme) -> Option<Position> {
        // As wide as its title or its longest line needs (the popup keeps to the screen).
        let longest = self
            .table
            .rows()
            .iter()
            .filter_map(|r| r.cells.first())
            .map(|c| width(c) as u16 + 6)
            .max()
            .unwrap_or(0);
        let w = (width(&self.title) as u16 + 8).max(longest).max(40);
        let area = popup_area(area, w, self.height);
        clear_popup(frame, area);
        let block = theme.block(&self.title);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let columns = [Column::new(s::MENU_CHOOSE, 0)];
        self.table
            .render(frame, inner, theme, &columns, s::LIST_EMPTY);
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digit_chooses_in_a_short_menu_and_two_reach_the_tenth_line_in_a_long_one() {
        let mut short = Menu::new("t", "t", &["甲", "乙", "丙"]);
        assert_eq!(short.pick(&Input::Char('2')), MenuEvent::Chosen(1));
        let labels: Vec<String> = (1..=12).map(|i| format!("第{i}行")).collect();
        let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
        let mut long = Menu::new("t", "t", &labels);
        assert_eq!(long.pick(&Input::Char('1')), MenuEvent::Moved);
        assert_eq!(long.pick(&Input::Char('1')), MenuEvent::Moved);
        assert_eq!(
            long.pick(&Input::Action(Action::Open)),
            MenuEvent::Chosen(10)
        );
        // 1 then 5: fifteen is past the end, so the fifth.
        long.pick(&Input::Char('1'));
        long.pick(&Input::Char('5'));
        assert_eq!(
            long.pick(&Input::Action(Action::Open)),
            MenuEvent::Chosen(4)
        );
    }
}

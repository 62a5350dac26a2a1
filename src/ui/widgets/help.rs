//! F1: every binding of the mode beneath, generated from the keymap.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{clear_popup, popup_area};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::keymap::{Mode, bindings};
use crate::ui::layer::{Ctx, Input, Layer, Outcome};
use crate::ui::text::{fit, width};
use crate::ui::theme::Theme;

pub struct Help {
    lines: Vec<(String, &'static str)>,
    offset: usize,
}

impl Help {
    pub fn new(mode: Mode) -> Self {
        // Keys that do the same are listed together: "F3 / Ctrl+F  查找", "1 / 2 … 切换页签".
        let mut lines: Vec<(String, &'static str)> = Vec::new();
        for b in bindings(mode) {
            let description = b.action.description();
            match lines.iter_mut().find(|(_, d)| *d == description) {
                Some((keys, _)) => {
                    keys.push_str(" / ");
                    keys.push_str(b.label);
                }
                None => lines.push((b.label.to_string(), description)),
            }
        }
        Help { lines, offset: 0 }
    }

    /// The lines as text, for tests.
    pub fn entries(&self) -> &[(String, &'static str)] {
        &self.lines
    }
}

impl Layer for Help {
    fn mode(&self) -> Mode {
        Mode::Popup
    }

    fn handle(&mut self, input: Input, _ctx: &mut Ctx<'_>) -> Outcome {
        let last = self.lines.len().saturating_sub(1);
        let before = self.offset;
        match input {
            Input::Action(Action::Back) => return Outcome::Close(None),
            Input::Action(Action::Down) => self.offset = (self.offset + 1).min(last),
            Input::Action(Action::Up) => self.offset = self.offset.saturating_sub(1),
            Input::Action(Action::PageDown) => self.offset = (self.offset + 10).min(last),
            Input::Action(Action::PageUp) => self.offset = self.offset.saturating_sub(10),
            _ => return Outcome::Ignored,
        }
        if before == self.offset {
            Outcome::Ignored
        } else {
            Outcome::Changed
        }
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: Theme) -> Option<Position> {
        let keys_w = self.lines.iter().map(|(k, _)| width(k)).max().unwrap_or(4);
        let h = self.lines.len() as u16 + 2;
        let area = popup_area(area, 56, h);
        clear_popup(frame, area);
        let lines: Vec<Line> = self
            .lines
            .iter()
            .skip(self.offset)
            .map(|(k, d)| {
                Line::from(vec![
                    Span::styled(format!(" {} ", fit(k, keys_w)), theme.focus()),
                    Span::raw(*d),
                ])
            })
            .collect();
        frame.render_widget(
            Paragraph::new(lines).block(theme.block(s::HELP_TITLE)),
            area,
        );
        None
    }
}

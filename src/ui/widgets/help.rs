//! F1: the keys of the screen in front of the user, generated from the keymap of its mode and
//! the screen's own command list (the same list the bottom key line is made from).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{clear_popup, popup_area};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::keymap::{Mode, bindings};
use crate::ui::layer::{Command, Ctx, Input, Layer, Outcome};
use crate::ui::text::{fit, width};
use crate::ui::theme::Theme;

/// One line of the help: the keys, what they do here, and whether they do it now.
type Entry = (String, String, bool);

pub struct Help {
    lines: Vec<Entry>,
    offset: usize,
}

impl Help {
    /// The keys of `mode` as the screen with `commands` uses them.
    pub fn new(mode: Mode, commands: &[Command]) -> Self {
        // Keys that do the same are listed together: "F3 / Ctrl+F  查找", "1 / 2 … 切换页签".
        let mut lines: Vec<Entry> = Vec::new();
        for b in bindings(mode) {
            let Some(command) = Command::resolve(commands, mode, b.action) else {
                continue;
            };
            let label = command.label.into_owned();
            match lines.iter_mut().find(|(_, d, _)| *d == label) {
                Some((keys, _, _)) => {
                    keys.push_str(" / ");
                    keys.push_str(b.label);
                }
                None => lines.push((b.label.to_string(), label, command.enabled)),
            }
        }
        Help { lines, offset: 0 }
    }

    /// Adds the screen's notes on how it is typed into after the keys.
    pub fn with_notes(mut self, notes: Vec<(String, String)>) -> Self {
        self.lines
            .extend(notes.into_iter().map(|(keys, text)| (keys, text, true)));
        self
    }

    /// The lines as text, for tests.
    pub fn entries(&self) -> &[Entry] {
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
        let keys_w = self
            .lines
            .iter()
            .map(|(k, _, _)| width(k))
            .max()
            .unwrap_or(4);
        let h = self.lines.len() as u16 + 2;
        let area = popup_area(area, 56, h);
        clear_popup(frame, area);
        let lines: Vec<Line> = self
            .lines
            .iter()
            .skip(self.offset)
            .map(|(k, d, enabled)| {
                let (key_style, text_style) = if *enabled {
                    (theme.focus(), Default::default())
                } else {
                    (theme.dim(), theme.dim())
                };
                Line::from(vec![
                    Span::styled(format!(" {} ", fit(k, keys_w)), key_style),
                    Span::styled(d.clone(), text_style),
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

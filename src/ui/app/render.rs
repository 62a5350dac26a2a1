//! Drawing the whole screen: the tab bar, the current tab and the layers over it, the status
//! line, and the key line made from the commands of whatever has the keyboard.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::App;
use crate::domain::format_date;
use crate::domain::module::Module;
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::keymap::{bindings, is_screen_command};
use crate::ui::layer::Command;
use crate::ui::tabs;
use crate::ui::text::{cut, safe, width};

impl App {
    /// Draws the whole screen; puts the terminal cursor on the focused field's caret.
    pub fn render(&self, frame: &mut Frame<'_>) {
        let [tab_bar, body, status, hints] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(frame.area());
        self.render_tab_bar(frame, tab_bar);
        let mut cursor = match self.current_tab() {
            Some(tab) => tab.render(frame, body, self.theme),
            None => {
                tabs::render_not_open(frame, body, self.theme, self.tab);
                None
            }
        };
        for layer in &self.layers {
            cursor = layer.render(frame, body, self.theme);
        }
        self.render_status(frame, status);
        self.render_hints(frame, hints);
        if let Some(position) = cursor {
            frame.set_cursor_position(position);
        }
    }

    fn render_tab_bar(&self, frame: &mut Frame<'_>, area: Rect) {
        let mut spans = Vec::new();
        // " 1 纠纷受理 " each; where the five do not fit (60 columns) the padding after the
        // number goes, so every title stays whole.
        let full: usize = Module::ALL
            .iter()
            .enumerate()
            .map(|(i, m)| width(&format!(" {} {} ", i + 1, m.title())))
            .sum();
        let tight = full > area.width as usize;
        for (i, module) in Module::ALL.iter().enumerate() {
            let text = if tight {
                format!("{}{} ", i + 1, module.title())
            } else {
                format!(" {} {} ", i + 1, module.title())
            };
            spans.push(if i == self.tab {
                Span::styled(text, self.theme.tab_active())
            } else {
                Span::raw(text)
            });
        }
        frame.render_widget(Paragraph::new(Line::from(spans)), area);
        if self.store.is_read_only() {
            let banner = format!(" {} ", s::CLI_READ_ONLY_BANNER);
            let w = width(&banner) as u16;
            if area.width > w {
                let at = Rect::new(area.x + area.width - w, area.y, w, 1);
                frame.render_widget(
                    Paragraph::new(Span::styled(banner, self.theme.banner())),
                    at,
                );
            }
        }
    }

    fn render_status(&self, frame: &mut Frame<'_>, area: Rect) {
        let office = if self.office_name.is_empty() {
            s::STATUS_OFFICE_NONE
        } else {
            &self.office_name
        };
        let date = format_date(self.clock.now().date());
        let operator = self.session.operator();
        // The message is kept whole: the date, then the operator, give way first.
        let candidates = [
            format!(" {office} | {operator} | {date} | {}", self.status),
            format!(" {office} | {operator} | {}", self.status),
            format!(" {office} | {}", self.status),
        ];
        let fits = |t: &String| width(&safe(t)) <= area.width as usize;
        let text = match candidates.iter().position(fits) {
            Some(i) => candidates[i].clone(),
            None => candidates[2].clone(),
        };
        let text = safe(&text).into_owned();
        let style = if self.store.is_read_only() {
            self.theme.banner()
        } else {
            self.theme.label()
        };
        let line = cut(&text, area.width as usize).to_string();
        frame.render_widget(Paragraph::new(Span::styled(line, style)), area);
    }

    fn render_hints(&self, frame: &mut Frame<'_>, area: Rect) {
        let commands = self.commands();
        // The screen's own commands first, then the keys that mean the same everywhere; F12
        // last. What does not fit is left out, not cut.
        let mut items: Vec<(u8, String)> = Vec::new();
        for b in bindings(self.mode()).iter().filter(|b| b.hint) {
            let Some(command) =
                Command::resolve(&commands, self.mode(), b.action).filter(|c| c.enabled)
            else {
                continue;
            };
            let rank = match b.action {
                Action::Help => 0,
                Action::Settings => 3,
                a if is_screen_command(self.mode(), a) => 1,
                _ => 2,
            };
            items.push((rank, format!(" {} {} ", b.label, command.label)));
        }
        let mut keep = vec![false; items.len()];
        let mut used = 0;
        for rank in 0..=3 {
            for (i, (r, item)) in items.iter().enumerate() {
                if *r == rank && used + width(item) <= area.width as usize {
                    keep[i] = true;
                    used += width(item);
                }
            }
        }
        let line: String = items
            .iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|((_, item), _)| item.as_str())
            .collect();
        frame.render_widget(Paragraph::new(Span::styled(line, self.theme.dim())), area);
    }
}

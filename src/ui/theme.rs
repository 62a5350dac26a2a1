//! Borders, symbols and colours. The ASCII theme is for old Chinese Windows consoles, which draw
//! box-drawing and ambiguous-width symbols two columns wide.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;
use ratatui::widgets::{Block, Borders};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Theme {
    pub ascii: bool,
}

const ASCII_BORDER: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

impl Theme {
    pub fn block(self, title: &str) -> Block<'_> {
        let set = if self.ascii {
            ASCII_BORDER
        } else {
            border::PLAIN
        };
        Block::default()
            .borders(Borders::ALL)
            .border_set(set)
            .title(format!(" {title} "))
    }

    /// The end of a cell cut short (… is ambiguous-width: two columns on old consoles).
    pub fn ellipsis(self) -> &'static str {
        if self.ascii { "~" } else { "…" }
    }

    /// The marker in front of the selected row.
    pub fn marker(self) -> &'static str {
        if self.ascii { "> " } else { "▶ " }
    }

    /// "More below" (↓ is ambiguous-width: two columns on old consoles).
    pub fn arrow_down(self) -> &'static str {
        if self.ascii { "v" } else { "↓" }
    }

    /// What needs attention now (逾期, 易激化): red; in the ASCII theme also marked with
    /// [`Theme::alert_mark`], since old consoles may show no colour.
    pub fn alert(self) -> Style {
        Style::default().fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// The symbol in front of an alert in the ASCII theme; none otherwise (the colour says it).
    pub fn alert_mark(self) -> &'static str {
        if self.ascii { "!" } else { "" }
    }

    pub fn selected(self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }

    pub fn error(self) -> Style {
        Style::default().fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn dim(self) -> Style {
        Style::default().fg(Color::DarkGray)
    }

    pub fn label(self) -> Style {
        Style::default().fg(Color::Cyan)
    }

    pub fn focus(self) -> Style {
        Style::default()
            .fg(Color::Yellow)
            .add_modifier(Modifier::BOLD)
    }

    /// A field's value; the focused one is underlined so the eye finds it.
    pub fn value(self, focused: bool) -> Style {
        if focused {
            Style::default().add_modifier(Modifier::UNDERLINED)
        } else {
            Style::default()
        }
    }

    pub fn header(self) -> Style {
        Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn banner(self) -> Style {
        Style::default().fg(Color::Black).bg(Color::Yellow)
    }

    pub fn tab_active(self) -> Style {
        Style::default()
            .fg(Color::Black)
            .bg(Color::Cyan)
            .add_modifier(Modifier::BOLD)
    }
}

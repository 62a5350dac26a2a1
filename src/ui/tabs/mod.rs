//! The five tabs, in DESIGN.md's order. Until a module's issue lands its tab says 未开通 and
//! points to what can be done now.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Wrap};

use crate::strings as s;
use crate::ui::theme::Theme;

pub const COUNT: usize = s::TAB_TITLES.len();

/// Whether the tab's module is open for work yet.
pub fn is_open(_tab: usize) -> bool {
    false
}

pub fn render(frame: &mut Frame<'_>, area: Rect, theme: Theme, tab: usize) {
    let title = s::TAB_TITLES.get(tab).copied().unwrap_or_default();
    let body = s::tab_not_open_body(title);
    frame.render_widget(
        Paragraph::new(body)
            .wrap(Wrap { trim: false })
            .block(theme.block(title)),
        area,
    );
}

//! The five tabs, in DESIGN.md's order. Until a module's issue lands its tab says 未开通 and
//! points to what can be done now.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Wrap};

use crate::strings as s;
use crate::ui::theme::Theme;

pub mod disputes;
pub mod ledger;

use crate::store::Store;
use crate::ui::layer::{Clock, Layer};
use crate::ui::screens::list_screen::ListScreen;

pub const COUNT: usize = s::TAB_TITLES.len();

/// The tabs in order; None where the module has not opened yet.
pub fn open(store: &Store, clock: Clock) -> Vec<Option<Box<dyn Layer>>> {
    let disputes: Box<dyn Layer> = Box::new(ListScreen::new(
        disputes::Disputes::new(store, clock),
        store,
    ));
    let ledger: Box<dyn Layer> =
        Box::new(ListScreen::new(ledger::Ledger::new(store, clock), store));
    vec![Some(disputes), None, None, None, Some(ledger)]
}

/// The page of a tab whose module has not opened yet.
pub fn render_not_open(frame: &mut Frame<'_>, area: Rect, theme: Theme, tab: usize) {
    let title = s::TAB_TITLES.get(tab).copied().unwrap_or_default();
    let body = s::tab_not_open_body(title);
    frame.render_widget(
        Paragraph::new(body)
            .wrap(Wrap { trim: false })
            .block(theme.block(title)),
        area,
    );
}

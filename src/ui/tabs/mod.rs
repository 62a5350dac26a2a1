//! The five tabs, in DESIGN.md's order. Until a module's issue lands its tab says 未开通 and
//! points to what can be done now.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Wrap};

use crate::strings as s;
use crate::ui::theme::Theme;

pub mod corrections;
pub mod disputes;
pub mod ledger;

use crate::domain::module::Module;
use crate::store::Store;
use crate::ui::layer::{Clock, Layer};
use crate::ui::screens::list_screen::ListScreen;

pub const COUNT: usize = Module::ALL.len();

/// Each module's tab, in the registry's order; None where the module has not opened yet.
pub fn open(store: &Store, clock: Clock) -> Vec<Option<Box<dyn Layer>>> {
    Module::ALL
        .iter()
        .map(|module| -> Option<Box<dyn Layer>> {
            if !module.is_open() {
                return None;
            }
            match module {
                Module::Disputes => Some(Box::new(ListScreen::tab(
                    disputes::Disputes::new(store, clock.clone()),
                    store,
                ))),
                Module::Ledger => Some(Box::new(ListScreen::tab(
                    ledger::Ledger::new(store, clock.clone()),
                    store,
                ))),
                Module::Corrections => Some(Box::new(ListScreen::tab(
                    corrections::Corrections::new(store, clock.clone()),
                    store,
                ))),
                Module::LegalLiterate | Module::Resettlement => None,
            }
        })
        .collect()
}

/// The page of a tab whose module has not opened yet.
pub fn render_not_open(frame: &mut Frame<'_>, area: Rect, theme: Theme, tab: usize) {
    let title = Module::ALL.get(tab).map_or("", |m| m.title());
    let body = s::tab_not_open_body(title);
    frame.render_widget(
        Paragraph::new(body)
            .wrap(Wrap { trim: false })
            .block(theme.block(title)),
        area,
    );
}

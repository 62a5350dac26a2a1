//! Widgets every tab uses: form, person picker, list, and the confirm / help / message popups.

pub mod confirm;
pub mod form;
pub mod help;
pub mod menu;
pub mod message;
pub mod person_picker;
pub mod table;
pub mod text_input;

use ratatui::layout::Rect;

/// A centred popup of at most `w`×`h` inside `area`.
pub fn popup_area(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

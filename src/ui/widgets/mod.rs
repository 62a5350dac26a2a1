//! Widgets every tab uses: form, grid (one-sitting entry), person picker, list, and the confirm / help / message popups.

pub mod confirm;
pub mod form;
pub mod grid;
pub mod help;
pub mod menu;
pub mod message;
pub mod table;
pub mod text_input;

use ratatui::layout::Rect;

/// A digit typed to go to the Nth of `count` entries: digits typed one after another add up
/// in `typed` ("1" "2" → 12); a number past the end starts again from this digit. The entry
/// (1-based), or None when the digit reaches none (the buffer is then cleared).
pub fn digit_jump(typed: &mut String, c: char, count: usize) -> Option<usize> {
    if !typed.chars().all(|d| d.is_ascii_digit()) {
        typed.clear();
    }
    typed.push(c);
    let mut n: usize = typed.parse().unwrap_or(0);
    if n == 0 || n > count {
        *typed = c.to_string();
        n = c.to_digit(10).map_or(0, |d| d as usize);
    }
    if n == 0 || n > count {
        typed.clear();
        return None;
    }
    Some(n)
}

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

/// Clears a popup's area, and one column either side: a Chinese character straddling the
/// popup's edge would otherwise leave half of itself under the border.
pub fn clear_popup(frame: &mut ratatui::Frame<'_>, area: Rect) {
    let outer = frame.area();
    let x = area.x.saturating_sub(1).max(outer.x);
    let right = (area.x + area.width + 1).min(outer.x + outer.width);
    frame.render_widget(
        ratatui::widgets::Clear,
        Rect::new(x, area.y, right.saturating_sub(x), area.height),
    );
}

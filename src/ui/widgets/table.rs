//! The list every screen uses: rows loaded a page at a time by the owner (keyset pagination),
//! one selected, columns sized in display columns, a clear empty state.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::text::{cut, fit, safe, width};
use crate::ui::theme::Theme;

/// Rows a PgUp/PgDn moves.
pub const PAGE_STEP: usize = 10;

#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub title: &'static str,
    /// Least width in display columns; 0 takes what is left. On a wider screen a column grows
    /// to fit its title and the cells shown, up to [`MAX_GROWN`].
    pub width: usize,
}

/// How wide a column may grow on a wide screen.
pub const MAX_GROWN: usize = 28;
/// What the flexible (width 0) column keeps at least before the others grow.
const FLEX_KEEPS: usize = 24;

/// The widths of `columns` over `total` display columns, given the rows shown: each column has
/// its least width; what is left goes first to columns whose title or cells are cut, then to
/// the flexible column.
pub fn column_widths(columns: &[Column], rows: &[TableRow], total: usize) -> Vec<usize> {
    let gaps = columns.len().saturating_sub(1);
    let mut widths: Vec<usize> = columns.iter().map(|c| c.width).collect();
    let has_flex = columns.iter().any(|c| c.width == 0);
    let used = |w: &[usize]| w.iter().sum::<usize>() + gaps;
    let reserve = if has_flex { FLEX_KEEPS } else { 0 };
    let mut spare = total.saturating_sub(used(&widths) + reserve);
    for (i, c) in columns.iter().enumerate() {
        if c.width == 0 || spare == 0 {
            continue;
        }
        let wanted = rows
            .iter()
            .filter_map(|r| r.cells.get(i))
            .map(|cell| width(&safe(cell)))
            .chain(std::iter::once(width(c.title)))
            .max()
            .unwrap_or(0)
            .min(MAX_GROWN);
        let grow = wanted.saturating_sub(widths[i]).min(spare);
        widths[i] += grow;
        spare -= grow;
    }
    let rest = total.saturating_sub(used(&widths));
    for (w, c) in widths.iter_mut().zip(columns) {
        if c.width == 0 {
            *w = rest;
        }
    }
    widths
}

/// One line of cells at `widths`, a cell cut short ending with an ellipsis.
pub fn row_text(cells: &[String], widths: &[usize], theme: Theme) -> String {
    widths
        .iter()
        .enumerate()
        .map(|(i, w)| fit_cell(cells.get(i).map_or("", String::as_str), *w, theme))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A cell padded or cut to `w` display columns; a cut one ends with the theme's ellipsis.
fn fit_cell(text: &str, w: usize, theme: Theme) -> String {
    let text = safe(text);
    if width(&text) <= w {
        return fit(&text, w);
    }
    let ellipsis = theme.ellipsis();
    let keep = cut(&text, w.saturating_sub(width(ellipsis)));
    fit(&format!("{keep}{ellipsis}"), w)
}

impl Column {
    pub const fn new(title: &'static str, width: usize) -> Self {
        Column { title, width }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    pub id: i64,
    pub cells: Vec<String>,
    /// Drawn dimmed (a retired entry …).
    pub dim: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Table {
    rows: Vec<TableRow>,
    selected: usize,
    /// The store has rows after the last one loaded.
    more: bool,
    /// No "共 N 条" line (a menu).
    no_count: bool,
}

impl Table {
    /// A menu: no count line under the rows.
    pub fn without_count(mut self) -> Self {
        self.no_count = true;
        self
    }

    pub fn set_rows(&mut self, rows: Vec<TableRow>, more: bool) {
        self.rows = rows;
        self.more = more;
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }

    pub fn append(&mut self, rows: Vec<TableRow>, more: bool) {
        self.rows.extend(rows);
        self.more = more;
    }

    pub fn rows(&self) -> &[TableRow] {
        &self.rows
    }

    pub fn selected_id(&self) -> Option<i64> {
        self.rows.get(self.selected).map(|r| r.id)
    }

    pub fn selected_row(&self) -> Option<&TableRow> {
        self.rows.get(self.selected)
    }

    pub fn select_id(&mut self, id: i64) {
        if let Some(i) = self.rows.iter().position(|r| r.id == id) {
            self.selected = i;
        }
    }

    /// The id after which the next page starts.
    pub fn last_id(&self) -> Option<i64> {
        self.rows.last().map(|r| r.id)
    }

    /// The selection is near the end of what is loaded and the store has more.
    pub fn wants_more(&self) -> bool {
        self.more && self.selected + PAGE_STEP * 2 >= self.rows.len()
    }

    /// Moves the selection; false when the key does not move it.
    pub fn navigate(&mut self, action: Action) -> bool {
        let last = self.rows.len().saturating_sub(1);
        let before = self.selected;
        self.selected = match action {
            Action::Up => self.selected.saturating_sub(1),
            Action::Down => (self.selected + 1).min(last),
            Action::PageUp => self.selected.saturating_sub(PAGE_STEP),
            Action::PageDown => (self.selected + PAGE_STEP).min(last),
            Action::First => 0,
            Action::Last => last,
            _ => return false,
        };
        self.selected != before || action == Action::Last
    }

    pub fn render(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        theme: Theme,
        columns: &[Column],
        empty: &str,
    ) {
        let marker_w = width(theme.marker());
        let count_line = usize::from(!self.no_count);
        let body_h = (area.height as usize).saturating_sub(1 + count_line);
        let offset = (self.selected + 1).saturating_sub(body_h);
        // Sized by every row loaded, not only those shown, so columns stay put while scrolling.
        let widths = column_widths(
            columns,
            &self.rows,
            (area.width as usize).saturating_sub(marker_w),
        );
        let line_of = |cells: &[String]| -> String { row_text(cells, &widths, theme) };
        let titles: Vec<String> = columns.iter().map(|c| c.title.to_string()).collect();
        let mut lines = vec![Line::from(Span::styled(
            format!("{}{}", " ".repeat(marker_w), line_of(&titles)),
            theme.header(),
        ))];
        if self.rows.is_empty() {
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(empty.to_string(), theme.dim())).centered());
        } else {
            for (i, row) in self.rows.iter().enumerate().skip(offset).take(body_h) {
                let text = line_of(&row.cells);
                let line = if i == self.selected {
                    Line::from(vec![
                        Span::raw(theme.marker()),
                        Span::styled(text, theme.selected()),
                    ])
                } else {
                    let style = if row.dim {
                        theme.dim()
                    } else {
                        Default::default()
                    };
                    Line::from(vec![
                        Span::raw(" ".repeat(marker_w)),
                        Span::styled(text, style),
                    ])
                };
                lines.push(line);
            }
        }
        frame.render_widget(Paragraph::new(lines), area);
        // The count on the last line of the area.
        if area.height > 2 && !self.no_count {
            let footer = Rect::new(area.x, area.y + area.height - 1, area.width, 1);
            let count = s::list_count(self.rows.len(), self.more);
            frame.render_widget(
                Paragraph::new(Span::styled(count, theme.dim())).right_aligned(),
                footer,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(n: i64) -> Vec<TableRow> {
        (0..n)
            .map(|id| TableRow {
                id,
                cells: vec![id.to_string()],
                dim: false,
            })
            .collect()
    }

    #[test]
    fn navigation_stays_inside_the_rows() {
        let mut t = Table::default();
        t.set_rows(rows(25), true);
        assert!(!t.navigate(Action::Up));
        t.navigate(Action::PageDown);
        assert_eq!(t.selected_id(), Some(10));
        t.navigate(Action::Last);
        assert_eq!(t.selected_id(), Some(24));
        assert!(t.wants_more());
        t.append(rows(0), false);
        assert!(!t.wants_more());
    }

    fn row(cells: &[&str]) -> TableRow {
        TableRow {
            id: 1,
            cells: cells.iter().map(|c| c.to_string()).collect(),
            dim: false,
        }
    }

    #[test]
    fn columns_grow_on_a_wide_screen_and_cut_cells_end_with_an_ellipsis() {
        let columns = [Column::new("类型", 4), Column::new("摘要", 0)];
        let rows = [row(&["房屋宅基地纠纷", "很长的摘要"])];
        // 80 columns: the type column grows to its whole label (14), the rest is the summary.
        assert_eq!(column_widths(&columns, &rows, 80), vec![14, 65]);
        // Narrow: the least widths, and the cut label ends with …
        let narrow = column_widths(&columns, &rows, 29);
        assert_eq!(narrow, vec![4, 24]);
        let theme = Theme::default();
        assert_eq!(
            row_text(&rows[0].cells, &narrow, theme).split(' ').next(),
            Some("房…")
        );
        let ascii = Theme { ascii: true };
        assert!(row_text(&rows[0].cells, &narrow, ascii).starts_with("房~"));
    }

    #[test]
    fn an_empty_table_has_no_selection() {
        let mut t = Table::default();
        t.set_rows(Vec::new(), false);
        assert_eq!(t.selected_id(), None);
        assert!(!t.navigate(Action::Down));
    }
}

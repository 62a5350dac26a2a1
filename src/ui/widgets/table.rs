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
    /// On a screen too narrow for every column at its least width, the columns with the
    /// highest rank are left out first; 0 (the default) is never left out: a column that says
    /// which record a row is (a name, a case number, a status).
    pub drop: u8,
    /// A flexible column's least width on a narrow screen (0: [`FLEX_LEAST`]): what it must
    /// keep to say which record a row is ("欧阳娜娜 诉 单").
    pub least: usize,
}

/// How wide a column may grow on a wide screen.
pub const MAX_GROWN: usize = 28;
/// What the flexible (width 0) column keeps at least before the others grow.
const FLEX_KEEPS: usize = 24;
/// On a narrow screen: what a flexible column keeps, and what a fixed one gives way to.
const FLEX_LEAST: usize = 12;
const FIXED_LEAST: usize = 4;

/// The widths of `columns` over `total` display columns, given the rows shown: each column has
/// its least width; what is left goes first to columns whose title or cells are cut, then to
/// the flexible column. A column left out on a narrow screen has width 0.
pub fn column_widths(columns: &[Column], rows: &[TableRow], total: usize) -> Vec<usize> {
    let has_flex = columns.iter().any(|c| c.width == 0);
    let flex_least = columns
        .iter()
        .filter(|c| c.width == 0)
        .map(|c| if c.least > 0 { c.least } else { FLEX_LEAST })
        .max()
        .unwrap_or(0);
    // A narrow screen leaves out the least important columns first (the highest `drop`),
    // until the others fit at their least widths.
    let mut shown: Vec<bool> = vec![true; columns.len()];
    let least = |shown: &[bool]| -> usize {
        let n = shown.iter().filter(|s| **s).count();
        columns
            .iter()
            .zip(shown)
            .filter(|(_, s)| **s)
            .map(|(c, _)| c.width)
            .sum::<usize>()
            + n.saturating_sub(1)
            + flex_least
    };
    while least(&shown) > total {
        let Some(out) = (0..columns.len())
            .filter(|&i| shown[i] && columns[i].drop > 0)
            .max_by_key(|&i| (columns[i].drop, i))
        else {
            break;
        };
        shown[out] = false;
    }
    let gaps = shown.iter().filter(|s| **s).count().saturating_sub(1);
    let mut widths: Vec<usize> = columns
        .iter()
        .zip(&shown)
        .map(|(c, s)| if *s { c.width } else { 0 })
        .collect();
    let used = |w: &[usize]| w.iter().sum::<usize>() + gaps;
    let reserve = if has_flex { FLEX_KEEPS } else { 0 };
    // Still too narrow: the widest fixed columns give way (to FIXED_LEAST) until the flexible
    // ones keep FLEX_LEAST, so the column that says most (parties, a summary) never vanishes.
    while used(&widths) + flex_least > total {
        let Some(widest) = (0..widths.len())
            .filter(|&i| shown[i] && columns[i].width > 0 && widths[i] > FIXED_LEAST)
            .max_by_key(|&i| widths[i])
        else {
            break;
        };
        widths[widest] -= 1;
    }
    let mut spare = total.saturating_sub(used(&widths) + reserve);
    for (i, c) in columns.iter().enumerate() {
        if c.width == 0 || !shown[i] || spare == 0 {
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
    // What is left is shared by the flexible columns, the first taking the odd column.
    let rest = total.saturating_sub(used(&widths));
    let flex = columns
        .iter()
        .zip(&shown)
        .filter(|(c, s)| c.width == 0 && **s)
        .count();
    let mut extra = rest % flex.max(1);
    for ((w, c), s) in widths.iter_mut().zip(columns).zip(&shown) {
        if c.width == 0 && *s {
            *w = rest / flex + std::mem::take(&mut extra);
        }
    }
    widths
}

/// One line of cells at `widths`, a cell cut short ending with an ellipsis.
pub fn row_text(cells: &[String], widths: &[usize], theme: Theme) -> String {
    // A width of 0 is a column left out on a narrow screen.
    widths
        .iter()
        .enumerate()
        .filter(|(_, w)| **w > 0)
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
        Column {
            title,
            width,
            drop: 0,
            least: 0,
        }
    }

    /// A flexible column that keeps at least `width` display columns on a narrow screen.
    pub const fn at_least(mut self, width: usize) -> Self {
        self.least = width;
        self
    }

    /// Left out on a narrow screen, the highest `rank` first (see [`Column::drop`]).
    pub const fn drops(mut self, rank: u8) -> Self {
        self.drop = rank;
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    pub id: i64,
    pub cells: Vec<String>,
    /// Drawn dimmed (a retired entry …).
    pub dim: bool,
}

/// The rows a [`Table`] holds: a window of a longer list, read a page at a time by its owner
/// (keyset pagination), at most `cap` rows around the selection; rows that fall out are
/// dropped and read again when the selection comes back.
#[derive(Debug, Clone, Default)]
pub struct Table {
    rows: Vec<TableRow>,
    selected: usize,
    /// How many rows of the list come before the first row held: Some(n) when known (0: none),
    /// None when there are some, how many unknown (after End, or around a record).
    before: Option<usize>,
    /// The same after the last row held.
    after: Option<usize>,
    /// Rows held at most; 0 holds every row given.
    cap: usize,
    /// No "共 N 条" line (a menu).
    no_count: bool,
}

impl Table {
    /// A menu: no count line under the rows.
    pub fn without_count(mut self) -> Self {
        self.no_count = true;
        self
    }

    /// Holds at most `cap` rows, dropping those furthest from the selection.
    pub fn windowed(mut self, cap: usize) -> Self {
        self.cap = cap;
        self
    }

    /// The list's first rows; `more`: the list goes on after them. The selection keeps its
    /// place as far as the rows reach.
    pub fn set_rows(&mut self, rows: Vec<TableRow>, more: bool) {
        self.rows = rows;
        self.before = Some(0);
        self.after = if more { None } else { Some(0) };
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }

    /// The list's last rows, the last one selected; `more`: the list has rows before them.
    pub fn set_last(&mut self, rows: Vec<TableRow>, more: bool) {
        self.rows = rows;
        self.before = if more { None } else { Some(0) };
        self.after = Some(0);
        self.selected = self.rows.len().saturating_sub(1);
    }

    /// Rows from somewhere in the list with the row at `selected` chosen; `more_before` /
    /// `more_after`: the list goes on before / after them.
    pub fn set_around(
        &mut self,
        rows: Vec<TableRow>,
        selected: usize,
        more_before: bool,
        more_after: bool,
    ) {
        self.rows = rows;
        self.before = if more_before { None } else { Some(0) };
        self.after = if more_after { None } else { Some(0) };
        self.selected = selected.min(self.rows.len().saturating_sub(1));
    }

    /// The rows that follow the last one held; `more`: the list goes on after them.
    pub fn append(&mut self, rows: Vec<TableRow>, more: bool) {
        let n = rows.len();
        self.rows.extend(rows);
        self.after = match (more, self.after) {
            (false, _) => Some(0),
            (true, after) => after.map(|a| a.saturating_sub(n).max(1)),
        };
        let drop = self.excess();
        if drop > 0 {
            self.rows.drain(..drop);
            self.selected = self.selected.saturating_sub(drop);
            self.before = self.before.map(|b| b + drop);
        }
    }

    /// The rows that come just before the first one held; `more`: the list has rows before
    /// them.
    pub fn prepend(&mut self, rows: Vec<TableRow>, more: bool) {
        let n = rows.len();
        self.rows.splice(0..0, rows);
        self.selected += n;
        self.before = match (more, self.before) {
            (false, _) => Some(0),
            (true, before) => before.map(|b| b.saturating_sub(n).max(1)),
        };
        let drop = self.excess();
        if drop > 0 {
            self.rows.truncate(self.rows.len() - drop);
            self.selected = self.selected.min(self.rows.len().saturating_sub(1));
            self.after = self.after.map(|a| a + drop);
        }
    }

    fn excess(&self) -> usize {
        if self.cap == 0 {
            0
        } else {
            self.rows.len().saturating_sub(self.cap)
        }
    }

    /// The rows held.
    pub fn rows(&self) -> &[TableRow] {
        &self.rows
    }

    pub fn selected_id(&self) -> Option<i64> {
        self.rows.get(self.selected).map(|r| r.id)
    }

    pub fn selected_row(&self) -> Option<&TableRow> {
        self.rows.get(self.selected)
    }

    /// Selects the row with this id if it is held; false if not.
    pub fn select_id(&mut self, id: i64) -> bool {
        match self.rows.iter().position(|r| r.id == id) {
            Some(i) => {
                self.selected = i;
                true
            }
            None => false,
        }
    }

    /// The id of the first row held: the next rows up are read before it.
    pub fn first_id(&self) -> Option<i64> {
        self.rows.first().map(|r| r.id)
    }

    /// The id after which the next page starts.
    pub fn last_id(&self) -> Option<i64> {
        self.rows.last().map(|r| r.id)
    }

    /// The list has rows before the first one held.
    pub fn more_before(&self) -> bool {
        self.before != Some(0)
    }

    /// The list has rows after the last one held.
    pub fn more_after(&self) -> bool {
        self.after != Some(0)
    }

    /// The selection is near the end of what is held and the list goes on.
    pub fn wants_more(&self) -> bool {
        self.more_after() && self.selected + PAGE_STEP * 2 >= self.rows.len()
    }

    /// The selection is near the start of what is held and the list has rows before it.
    pub fn wants_before(&self) -> bool {
        self.more_before() && self.selected < PAGE_STEP * 2
    }

    /// The line under the rows: how many there are, as far as is known.
    fn count_line(&self) -> String {
        let held = self.rows.len();
        match (self.before, self.after) {
            (Some(b), Some(a)) => s::list_count(b + held + a, false),
            (Some(b), None) => s::list_count(b + held, true),
            (None, Some(a)) => s::list_count_last(held + a),
            (None, None) => s::list_count_middle(held),
        }
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
        self.render_with(frame, area, theme, columns, empty, &|_, _| false);
    }

    /// [`Table::render`] with some cells marked as needing attention (`alert(row, column)`):
    /// drawn in the theme's alert colour, and in the ASCII theme behind its symbol.
    pub fn render_with(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        theme: Theme,
        columns: &[Column],
        empty: &str,
        alert: &dyn Fn(&TableRow, usize) -> bool,
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
                let alerts: Vec<bool> = (0..widths.len()).map(|c| alert(row, c)).collect();
                let cells: Vec<String> = row
                    .cells
                    .iter()
                    .zip(alerts.iter().chain(std::iter::repeat(&false)))
                    .map(|(cell, &on)| {
                        if on && !cell.is_empty() {
                            format!("{}{cell}", theme.alert_mark())
                        } else {
                            cell.clone()
                        }
                    })
                    .collect();
                let line = if i == self.selected {
                    Line::from(vec![
                        Span::raw(theme.marker()),
                        Span::styled(line_of(&cells), theme.selected()),
                    ])
                } else {
                    let style = if row.dim {
                        theme.dim()
                    } else {
                        Default::default()
                    };
                    let mut spans = vec![Span::raw(" ".repeat(marker_w))];
                    for (c, w) in widths.iter().enumerate() {
                        if c > 0 {
                            spans.push(Span::styled(" ", style));
                        }
                        let text = fit_cell(cells.get(c).map_or("", String::as_str), *w, theme);
                        let on = alerts.get(c).copied().unwrap_or(false);
                        spans.push(Span::styled(text, if on { theme.alert() } else { style }));
                    }
                    Line::from(spans)
                };
                lines.push(line);
            }
        }
        frame.render_widget(Paragraph::new(lines), area);
        // The count on the last line of the area.
        if area.height > 2 && !self.no_count {
            let footer = Rect::new(area.x, area.y + area.height - 1, area.width, 1);
            let count = self.count_line();
            frame.render_widget(
                Paragraph::new(Span::styled(count, theme.dim())).right_aligned(),
                footer,
            );
        }
    }
}

#[cfg(test)]
#[path = "table_tests.rs"]
mod tests;

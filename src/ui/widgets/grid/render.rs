//! Drawing the grid: column widths in display columns, narrowed to fit (notes first, then
//! labels, then the rest; then columns far from the caret are left out, never the focused
//! one), rows scrolled to keep the caret visible, a row's error on a line under it, and the
//! count line.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::cell::Kind;
use super::model::Grid;
use crate::strings as s;
use crate::ui::text::{cut, fit, safe, width, window};
use crate::ui::theme::Theme;

/// The error mark and the selected-row marker in front of each row.
const PREFIX: usize = 3;
/// Shown at the header's ends when columns are left out to that side (ASCII in both themes).
const MORE_LEFT: &str = "<";
const MORE_RIGHT: &str = ">";

/// Which columns give up width first: notes, then labels
/// (who the row is: a name is cut last of all text), then the other cells (their titles are
/// cut, never their values), and the focused column last.
fn narrowing_order(kind: &Kind, focused: bool) -> usize {
    match kind {
        _ if focused => 3,
        Kind::Note { .. } => 0,
        Kind::Label => 1,
        _ => 2,
    }
}

/// The width of `set` drawn side by side with one space between.
fn total(widths: &[usize], set: &[usize]) -> usize {
    set.iter()
        .map(|&i| widths[i] + 1)
        .sum::<usize>()
        .saturating_sub(1)
}

impl Grid {
    /// The widths of the columns in `set` narrowed, in order, until they fit `avail` or are
    /// all at their narrowest.
    fn narrow(&self, set: &[usize], avail: usize) -> Vec<usize> {
        let (mins, mut widths): (Vec<usize>, Vec<usize>) =
            self.columns.iter().map(|c| c.widths()).unzip();
        for class in 0..4 {
            while total(&widths, set) > avail {
                let widest = set
                    .iter()
                    .copied()
                    .filter(|&i| {
                        narrowing_order(&self.columns[i].kind, i == self.col) == class
                            && widths[i] > mins[i]
                    })
                    .max_by_key(|&i| widths[i]);
                match widest {
                    Some(i) => widths[i] -= 1,
                    None => break,
                }
            }
        }
        widths
    }

    /// The columns drawn in `avail` display columns, in order, each with its width. When all
    /// of them do not fit even narrowed, the focused column is kept, then the first (who the
    /// row is), then the focused column's neighbours on either side while they fit.
    pub(super) fn layout(&self, avail: usize) -> Vec<(usize, usize)> {
        let n = self.columns.len();
        let all: Vec<usize> = (0..n).collect();
        let widths = self.narrow(&all, avail);
        if total(&widths, &all) <= avail {
            return all.into_iter().map(|i| (i, widths[i])).collect();
        }
        let (mins, wants): (Vec<usize>, Vec<usize>) =
            self.columns.iter().map(|c| c.widths()).unzip();
        let focused = self.col.min(n.saturating_sub(1));
        let mut set = vec![focused];
        let mut basis = mins;
        if focused != 0 && total(&basis, &[focused, 0]) <= avail {
            set.push(0);
        }
        // The focused column as wide as it likes (what is typed stays in view), then its
        // neighbours at their narrowest.
        let others = total(&basis, &set) - basis[focused];
        basis[focused] = wants[focused]
            .min(avail.saturating_sub(others))
            .max(basis[focused]);
        let fits = |set: &[usize], i: usize| {
            let mut with = set.to_vec();
            with.push(i);
            total(&basis, &with) <= avail
        };
        let (mut left, mut right) = (focused, focused);
        let (mut go_left, mut go_right) = (true, true);
        while go_left || go_right {
            if go_right {
                go_right = right + 1 < n && fits(&set, right + 1);
                if go_right {
                    right += 1;
                    set.push(right);
                }
            }
            if go_left {
                go_left = left > 0 && !set.contains(&(left - 1)) && fits(&set, left - 1);
                if go_left {
                    left -= 1;
                    set.push(left);
                }
            }
        }
        set.sort_unstable();
        let mut widths = self.narrow(&set, avail);
        // A focused column wider than the whole grid is cut to it.
        widths[focused] = widths[focused].min(avail);
        set.into_iter().map(|i| (i, widths[i])).collect()
    }

    /// Draws the grid in `area` and returns where the terminal cursor belongs: on the caret
    /// of the focused cell.
    pub fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: Theme) -> Option<Position> {
        let block = theme.block(&self.title);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        if inner.height < 3 || (inner.width as usize) < PREFIX + 4 {
            return None;
        }
        let avail = inner.width as usize - PREFIX;
        let columns = self.layout(avail);
        let body_h = inner.height as usize - 2;

        let hidden = |i: usize| !columns.iter().any(|&(c, _)| c == i);
        let hidden_left = (0..self.col).any(hidden);
        let hidden_right = (self.col + 1..self.columns.len()).any(hidden);
        let titles: Vec<String> = columns
            .iter()
            .map(|&(i, w)| fit(self.columns[i].title, w))
            .collect();
        let mut header = format!(
            "{:<PREFIX$}{}",
            if hidden_left { MORE_LEFT } else { "" },
            titles.join(" ")
        );
        if hidden_right {
            header = fit(&header, (inner.width as usize).saturating_sub(1));
            header.push_str(MORE_RIGHT);
        }
        let mut lines = vec![Line::from(Span::styled(header, theme.header()))];

        // Every shown row's line, and its error line when it has one.
        let mut rows: Vec<(usize, Option<String>)> = Vec::new();
        for (at, &r) in self.shown.iter().enumerate() {
            rows.push((at, None));
            if let Some(message) = self.message(&self.rows[r]) {
                rows.push((at, Some(message)));
            }
        }
        let caret_end = rows.iter().rposition(|(at, _)| *at == self.at).unwrap_or(0);
        let offset = (caret_end + 1).saturating_sub(body_h);
        let mut cursor = None;
        if rows.is_empty() {
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(s::GRID_EMPTY, theme.dim())).centered());
        }
        for (line_no, (at, error)) in rows.iter().enumerate().skip(offset).take(body_h) {
            if let Some(message) = error {
                let text = cut(&safe(message), avail.saturating_sub(2)).to_string();
                lines.push(Line::from(vec![
                    Span::raw(" ".repeat(PREFIX + 2)),
                    Span::styled(text, theme.error()),
                ]));
                continue;
            }
            let (line, caret_x) = self.row_line(*at, &columns, theme);
            if let Some(x) = caret_x {
                let y = inner.y as usize + 1 + line_no - offset;
                cursor = Some(Position::new(inner.x + x as u16, y as u16));
            }
            lines.push(line);
        }
        frame.render_widget(
            Paragraph::new(lines),
            Rect::new(inner.x, inner.y, inner.width, inner.height - 1),
        );

        let footer = Rect::new(inner.x, inner.y + inner.height - 1, inner.width, 1);
        let count = s::grid_count(
            self.shown.len(),
            self.rows.len(),
            self.ticked(),
            self.filter.as_deref(),
        );
        frame.render_widget(
            Paragraph::new(Span::styled(format!(" {count}"), theme.dim())),
            footer,
        );
        if !self.shown.is_empty() {
            let position = s::grid_position(self.at + 1, self.shown.len());
            let w = (width(&position) + 1) as u16;
            if width(&count) + w as usize + 2 < inner.width as usize {
                let right = Rect::new(footer.x + footer.width - w, footer.y, w, 1);
                frame.render_widget(Paragraph::new(Span::styled(position, theme.dim())), right);
            }
        }
        cursor
    }

    /// One row's line, and the caret's column in it when the row has the caret.
    fn row_line(
        &self,
        at: usize,
        columns: &[(usize, usize)],
        theme: Theme,
    ) -> (Line<'static>, Option<usize>) {
        let row = &self.rows[self.shown[at]];
        let selected = at == self.at;
        let row_style = if selected {
            theme.selected()
        } else {
            Style::default()
        };
        let has_error = self.message(row).is_some();
        let mut spans = vec![
            if has_error {
                Span::styled("!", theme.error())
            } else {
                Span::raw(" ")
            },
            Span::raw(if selected { theme.marker() } else { "  " }),
        ];
        let mut x = PREFIX;
        let mut caret = None;
        for (n, &(i, w)) in columns.iter().enumerate() {
            if n > 0 {
                spans.push(Span::styled(" ", row_style));
                x += 1;
            }
            let column = &self.columns[i];
            let cell = &row.cells[i];
            let focused = selected && i == self.col;
            let text = cell.shown(column);
            let shown = if focused && cell.typed.is_some() {
                let safe_text = safe(&text).into_owned();
                let (visible, col) = window(&safe_text, safe_text.chars().count(), w);
                caret = Some(x + col.min(w.saturating_sub(1)));
                fit(&visible, w)
            } else {
                if focused {
                    caret = Some(x);
                }
                if column.is_number() && width(&text) < w {
                    format!("{text:>w$}")
                } else {
                    fit(&text, w)
                }
            };
            let style = if focused {
                theme.focus()
            } else if cell.error.is_some() {
                theme.error()
            } else {
                row_style
            };
            spans.push(Span::styled(shown, style));
            x += w;
        }
        (Line::from(spans), caret)
    }
}

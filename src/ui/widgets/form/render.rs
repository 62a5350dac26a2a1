//! Drawing a form: labels, values (cut, or wrapped for notes and multi-choices), errors under
//! their fields, the scroll that keeps the caret in view, and the terminal cursor's place.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Field, Form, Kind, NOTE_LINES};
use crate::strings as s;
use crate::ui::text::{caret_in_lines, cut, safe, safe_with_caret, width, window, wrap_chars};
use crate::ui::theme::Theme;

impl Form {
    /// The lines of a field's value at `value_w` columns (escaped, cut or wrapped) and, when
    /// focused, the caret's line and column among them.
    fn value_lines(
        &self,
        f: &Field,
        focused: bool,
        value_w: usize,
        theme: Theme,
    ) -> (Vec<String>, Option<(usize, usize)>) {
        match &f.kind {
            Kind::Note { .. } => {
                let (shown, caret) = safe_with_caret(f.input.text(), f.input.caret());
                let lines = wrap_chars(&shown, value_w);
                let (line, col) = caret_in_lines(&lines, caret, value_w);
                let mut out: Vec<String> = lines.into_iter().map(|(_, l)| l).collect();
                if focused && line >= out.len() {
                    out.push(String::new());
                }
                if out.len() < 2 {
                    out.push(String::new());
                }
                if !focused {
                    // At rest a long note shows its beginning, and says there is more.
                    if out.len() > NOTE_LINES {
                        out.truncate(NOTE_LINES);
                        if let Some(last) = out.last_mut() {
                            last.push_str(theme.ellipsis());
                        }
                    }
                    return (out, None);
                }
                // Being typed, it shows NOTE_LINES lines around the caret.
                let first = (line + 1).saturating_sub(NOTE_LINES);
                let out: Vec<String> = out.into_iter().skip(first).take(NOTE_LINES).collect();
                (out, Some((line - first, col)))
            }
            Kind::Multi { .. } => {
                let (items, at) = f.items();
                let mut out = vec![String::new()];
                let mut caret = (0, 0);
                for (i, item) in items.iter().enumerate() {
                    let last = out.len() - 1;
                    let used = width(&out[last]);
                    let need = width(item) + usize::from(used > 0);
                    if used > 0 && used + need > value_w {
                        out.push(String::new());
                    }
                    let last = out.len() - 1;
                    if !out[last].is_empty() {
                        out[last].push(' ');
                    }
                    if i == at {
                        caret = (last, width(&out[last]));
                    }
                    out[last].push_str(cut(item, value_w));
                }
                (out, focused.then_some(caret))
            }
            _ => {
                let (shown, caret) = f.shown(focused, theme);
                let (shown, caret) = safe_with_caret(&shown, caret);
                let (visible, col) = window(&shown, caret, value_w.max(1));
                (vec![visible], focused.then_some((0, col)))
            }
        }
    }

    /// Draws the form in `area` and returns the terminal cursor's place.
    pub fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: Theme) -> Option<Position> {
        let label_w = self.label_width();
        let value_w = self.value_width(area.width);
        // Every line of the form: whose field it is, its text, and the caret on it.
        enum Row {
            /// A line of a field's value; the first carries the label.
            Value(usize, usize, String, Option<usize>),
            /// A piece of a field's error (an error longer than the column wraps, never cut).
            Error(usize, String),
        }
        let mut rows: Vec<Row> = Vec::new();
        // An error naming no field stays at the top, above the scrolled fields.
        let general: Vec<String> = self
            .general_error
            .as_deref()
            .map(|e| {
                wrap_chars(&safe(e), (area.width as usize).saturating_sub(4))
                    .into_iter()
                    .map(|(_, piece)| piece)
                    .collect()
            })
            .unwrap_or_default();
        for (i, f) in self.fields.iter().enumerate() {
            let focused = i == self.focus && f.editable();
            let (lines, caret) = self.value_lines(f, focused, value_w, theme);
            for (n, line) in lines.into_iter().enumerate() {
                let col = caret.filter(|(l, _)| *l == n).map(|(_, c)| c);
                rows.push(Row::Value(i, n, line, col));
            }
            if let Some(error) = &f.error {
                for (_, piece) in wrap_chars(&safe(error), value_w) {
                    rows.push(Row::Error(i, piece));
                }
            }
        }
        let field_of = |r: &Row| match r {
            Row::Value(i, ..) | Row::Error(i, _) => Some(*i),
        };
        let inner_h = (area.height.saturating_sub(2) as usize).saturating_sub(general.len());
        // Keep the caret's line (or the focused field's last line) in view.
        let caret_row = rows
            .iter()
            .position(|r| matches!(r, Row::Value(i, _, _, Some(_)) if *i == self.focus));
        let focus_end = rows
            .iter()
            .rposition(|r| field_of(r) == Some(self.focus))
            .unwrap_or(0);
        let keep = match caret_row {
            Some(c) if focus_end >= c + inner_h => c,
            _ => focus_end,
        };
        let offset = (keep + 1).saturating_sub(inner_h);
        let below: usize = {
            let mut seen = std::collections::BTreeSet::new();
            for r in rows.iter().skip(offset + inner_h) {
                if let Row::Value(i, 0, ..) = r {
                    seen.insert(*i);
                }
            }
            seen.len()
        };
        let mut block = theme.block(&self.title);
        if below > 0 {
            block = block
                .title_bottom(Line::from(s::form_more_below(below, theme.ascii)).right_aligned());
        }
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let mut lines: Vec<Line> = general
            .iter()
            .map(|piece| Line::from(Span::styled(format!(" {piece}"), theme.error())))
            .collect();
        let top = general.len();
        let mut cursor = None;
        for (row, r) in rows.iter().enumerate().skip(offset).take(inner_h) {
            let (i, n, text, caret) = match r {
                Row::Error(_, piece) => {
                    lines.push(Line::from(vec![
                        Span::raw(" ".repeat(label_w + 1)),
                        Span::styled(piece.clone(), theme.error()),
                    ]));
                    continue;
                }
                Row::Value(i, n, text, caret) => (*i, *n, text, caret),
            };
            let f = &self.fields[i];
            let focused = i == self.focus;
            let label = if n == 0 {
                let mark = if f.required || f.marked {
                    s::FORM_REQUIRED_MARK
                } else {
                    " "
                };
                format!("{mark}{}", f.label)
            } else {
                String::new()
            };
            let pad = " ".repeat(label_w.saturating_sub(width(&label)));
            let label_style = if focused {
                theme.focus()
            } else {
                theme.label()
            };
            let mut spans = vec![
                Span::raw(pad),
                Span::styled(label, label_style),
                Span::raw(" "),
                Span::styled(
                    text.clone(),
                    if f.editable() {
                        theme.value(focused)
                    } else {
                        theme.dim()
                    },
                ),
            ];
            if n == 0 && !f.note.is_empty() {
                spans.push(Span::styled(format!("  {}", safe(&f.note)), theme.dim()));
            }
            lines.push(Line::from(spans));
            if let Some(col) = caret {
                let x = inner.x as usize + label_w + 1 + col;
                let y = inner.y as usize + top + row - offset;
                cursor = Some(Position::new(x as u16, y as u16));
            }
        }
        frame.render_widget(Paragraph::new(lines), inner);
        cursor
    }
}

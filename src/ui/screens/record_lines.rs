//! The lines of a record screen: the header kept in view, the body that scrolls under it, each
//! wrapped to the screen's width here (so the screen knows exactly how many lines it has and
//! can say how many are below).

use ratatui::text::{Line, Span};

use crate::strings as s;
use crate::ui::text::{safe, width, wrap_chars};
use crate::ui::theme::Theme;
use crate::ui::widgets::table::{column_widths, row_text};

use super::record_screen::Record;

/// What a record screen shows at one width: the pinned header, the body, and which body line
/// is the selected row (when rows are selected).
pub struct View {
    pub header: Vec<Line<'static>>,
    pub body: Vec<Line<'static>>,
    pub picked: Option<usize>,
}

/// Where the screen is: the focused section, the selected row of each section whose rows
/// open.
pub struct Place<'a> {
    pub section: usize,
    pub picked: &'a [usize],
}

/// `line` cut into lines of at most `w` display columns, each span keeping its style.
pub fn wrap(line: Line<'static>, w: usize) -> Vec<Line<'static>> {
    let w = w.max(2);
    let mut out: Vec<Line<'static>> = Vec::new();
    let mut current: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for span in line.spans {
        let mut piece = String::new();
        for c in span.content.chars() {
            let cw = width(c.encode_utf8(&mut [0; 4]));
            if used + cw > w {
                if !piece.is_empty() {
                    current.push(Span::styled(std::mem::take(&mut piece), span.style));
                }
                out.push(Line::from(std::mem::take(&mut current)));
                used = 0;
            }
            piece.push(c);
            used += cw;
        }
        if !piece.is_empty() {
            current.push(Span::styled(piece, span.style));
        }
    }
    out.push(Line::from(current));
    out
}

fn field_line(label: &str, value: &str, theme: Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label}："), theme.label()),
        Span::raw(safe(value).into_owned()),
    ])
}

/// The record's lines at `width`: its first [`Record::pinned_fields`] fields as the header,
/// the other fields and the sections as the body.
pub fn view<R: Record>(record: &R, place: &Place<'_>, width: usize, theme: Theme) -> View {
    let fields = record.fields();
    let pinned = record.pinned_fields().min(fields.len());
    let mut header = Vec::new();
    let mut body = Vec::new();
    for (i, (label, value)) in fields.iter().enumerate() {
        let lines = wrap(field_line(label, value, theme), width);
        if i < pinned {
            header.extend(lines);
        } else {
            body.extend(lines);
        }
    }
    let mut picked = None;
    let sections = record.sections();
    let several = sections.len() > 1;
    let push = |body: &mut Vec<Line<'static>>, line: Line<'static>| {
        body.extend(wrap(line, width));
    };
    for (i, section) in sections.iter().enumerate() {
        push(&mut body, Line::from(""));
        let marker = if several && i == place.section {
            theme.marker()
        } else {
            ""
        };
        push(
            &mut body,
            Line::from(Span::styled(
                format!(
                    "{marker}{}",
                    s::record_section_title(&section.title, section.rows.len())
                ),
                theme.header(),
            )),
        );
        if section.rows.is_empty() {
            push(
                &mut body,
                Line::from(Span::styled(
                    format!("  {}", s::RECORD_SECTION_EMPTY),
                    theme.dim(),
                )),
            );
            continue;
        }
        let widths = column_widths(&section.columns, &section.rows, width.saturating_sub(2));
        let titles: Vec<String> = section
            .columns
            .iter()
            .map(|c| c.title.to_string())
            .collect();
        push(
            &mut body,
            Line::from(Span::styled(
                format!("  {}", row_text(&titles, &widths, theme)),
                theme.dim(),
            )),
        );
        let selecting = i == place.section && record.opens_rows(i);
        let chosen = place.picked.get(i).copied().unwrap_or(0);
        for (n, row) in section.rows.iter().enumerate() {
            let (first_line, more) = row_lines(&row.cells, &widths, theme);
            if selecting && n == chosen {
                picked = Some(body.len());
                push(
                    &mut body,
                    Line::from(vec![
                        Span::raw(theme.marker()),
                        Span::styled(first_line, theme.selected()),
                    ]),
                );
            } else {
                let style = if row.dim {
                    theme.dim()
                } else {
                    Default::default()
                };
                push(
                    &mut body,
                    Line::from(Span::styled(format!("  {first_line}"), style)),
                );
            }
            for line in more {
                push(&mut body, Line::from(format!("  {line}")));
            }
        }
    }
    View {
        header,
        body,
        picked,
    }
}

/// A row's first line, and the lines its last cell continues on: the last cell is never cut
/// but wrapped under its column, each of its own lines (`\n`) starting a line.
fn row_lines(cells: &[String], widths: &[usize], theme: Theme) -> (String, Vec<String>) {
    let Some((&last_w, before)) = widths.split_last() else {
        return (String::new(), Vec::new());
    };
    let last = cells.get(before.len()).map_or("", String::as_str);
    let mut chunks: Vec<String> = last
        .split('\n')
        .flat_map(|part| wrap_chars(&safe(part), last_w))
        .map(|(_, text)| text)
        .collect();
    if chunks.is_empty() {
        chunks.push(String::new());
    }
    let mut first: Vec<String> = cells.iter().take(before.len()).cloned().collect();
    first.push(chunks.remove(0));
    let indent = " ".repeat(before.iter().map(|w| w + 1).sum());
    let more = chunks.into_iter().map(|c| format!("{indent}{c}")).collect();
    (row_text(&first, widths, theme), more)
}

/// The line under the body when more is below: "↓ 还有 N 行".
pub fn more_below(n: usize, theme: Theme) -> Line<'static> {
    Line::from(Span::styled(
        s::record_more_below(theme.arrow_down(), n),
        theme.dim(),
    ))
}

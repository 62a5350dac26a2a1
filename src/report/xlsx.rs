//! XLSX for Excel and WPS with rust_xlsxwriter: one sheet; title, office and period rows; each
//! table with a bold header row that repeats on every printed page; ID and phone columns as
//! text, figures as numbers; 宋体 throughout; A4 print setup with "第 N 页 共 M 页" in the footer.
//!
//! ```text
//! row 0   服务台账                         (merged across the table, bold 16)
//! row 1   某某司法所                        (merged)
//! row 2   2026年11月29日                   (merged)
//! row 4   caption
//! row 5   序号 | 时间 | … | 经办人          header: bold, grey, borders, repeated on print
//! row 6…  cells with borders, wrapped; row heights from the wrapped line count
//!         caption / label | value          totals
//!         经办人：________  审核人：________  日期：________
//! ```

use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::layout::{self, DisplayWidth};
use super::{ColKind, Document, ReportError, Section, signature_line};
use crate::strings;

/// Excel's limit for the text of one cell, in UTF-16 units.
const MAX_CELL: usize = 32_767;
const LINE_HEIGHT: f64 = 14.25;
const FONT_SIZE: f64 = 11.0;
/// Column width for a column of `n` display columns: a little air on each side.
const WIDTH_PAD: f64 = 2.0;

struct Styles {
    title: Format,
    plain: Format,
    bold: Format,
    header: Format,
    cell: Format,
    number: Format,
    centre: Format,
}

impl Styles {
    fn new() -> Styles {
        let base = Format::new()
            .set_font_name(strings::REPORT_XLSX_FONT)
            .set_font_charset(134)
            .set_font_size(FONT_SIZE)
            .set_align(FormatAlign::VerticalCenter);
        let boxed = base.clone().set_border(FormatBorder::Thin).set_text_wrap();
        Styles {
            title: base
                .clone()
                .set_bold()
                .set_font_size(16)
                .set_align(FormatAlign::Center),
            plain: base.clone().set_text_wrap(),
            bold: base.clone().set_bold(),
            header: boxed
                .clone()
                .set_bold()
                .set_align(FormatAlign::Center)
                .set_background_color(0xE8E8E8),
            number: boxed.clone().set_align(FormatAlign::Right),
            centre: boxed.clone().set_align(FormatAlign::Center),
            cell: boxed,
        }
    }
}

pub(crate) fn render(doc: &Document) -> Result<Vec<u8>, ReportError> {
    build(doc).map_err(|e| ReportError::Xlsx(e.to_string()))
}

fn build(doc: &Document) -> Result<Vec<u8>, XlsxError> {
    let styles = Styles::new();
    let mut book = Workbook::new();
    book.set_default_format(&styles.plain.clone().set_text_wrap(), 18, 72)?;
    let sheet = book.add_worksheet();
    // An unusable sheet name (reserved or empty after cleaning) keeps the default one.
    let _ = sheet.set_name(sheet_name(&doc.title));
    let widths = column_widths(doc);
    for (col, w) in widths.iter().enumerate() {
        sheet.set_column_width(col as u16, *w)?;
    }
    let last_col = widths.len().saturating_sub(1) as u16;
    let mut s = Sheet {
        sheet,
        styles: &styles,
        widths: &widths,
        last_col,
        row: 0,
        repeat: None,
    };
    s.across(&doc.title, &styles.title, 24.0)?;
    s.across(&doc.office, &styles.plain, 0.0)?;
    s.across(&doc.period, &styles.plain, 0.0)?;
    for section in &doc.sections {
        s.row += 1;
        s.section(section)?;
    }
    if !doc.signatures.is_empty() {
        s.row += 1;
        s.across(&signature_line(&doc.signatures), &styles.plain, 0.0)?;
    }
    let repeat = s.repeat;
    print_setup(sheet_mut(&mut book)?, doc.landscape, repeat)?;
    book.save_to_buffer()
}

fn sheet_mut(book: &mut Workbook) -> Result<&mut Worksheet, XlsxError> {
    book.worksheet_from_index(0)
}

fn print_setup(
    sheet: &mut Worksheet,
    landscape: bool,
    repeat: Option<u32>,
) -> Result<(), XlsxError> {
    sheet.set_paper_size(9); // A4
    if landscape {
        sheet.set_landscape();
    } else {
        sheet.set_portrait();
    }
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_print_center_horizontally(true);
    sheet.set_margins(0.4, 0.4, 0.5, 0.6, 0.3, 0.3);
    sheet.set_footer(strings::REPORT_XLSX_FOOTER);
    if let Some(header) = repeat {
        sheet.set_repeat_rows(header, header)?;
        sheet.set_freeze_panes(header + 1, 0)?;
    }
    Ok(())
}

/// Width of each sheet column: the widest table column there. Totals fit in these columns
/// (see [`Sheet::label_span`]); they size the columns only in a document without tables.
fn column_widths(doc: &Document) -> Vec<f64> {
    let mut widths: Vec<f64> = Vec::new();
    let mut grow = |col: usize, w: u32| {
        if widths.len() <= col {
            widths.resize(col + 1, 0.0);
        }
        widths[col] = widths[col].max(f64::from(w) + WIDTH_PAD);
    };
    let has_table = doc
        .sections
        .iter()
        .any(|s| matches!(s, Section::Table { columns, .. } if !columns.is_empty()));
    for section in &doc.sections {
        match section {
            Section::Table { columns, .. } => {
                for (i, c) in columns.iter().enumerate() {
                    grow(i, u32::from(c.width.max(1)));
                }
            }
            Section::Pairs { items, .. } if !has_table => {
                for (label, value) in items {
                    grow(0, layout::str_width(label, &DisplayWidth));
                    grow(1, layout::str_width(value, &DisplayWidth));
                }
            }
            Section::Pairs { .. } | Section::Text(_) => {}
        }
    }
    if widths.is_empty() {
        widths = vec![10.0, 10.0];
    }
    widths.iter().map(|w| w.clamp(4.0, 100.0)).collect()
}

struct Sheet<'a> {
    sheet: &'a mut Worksheet,
    styles: &'a Styles,
    widths: &'a [f64],
    last_col: u16,
    row: u32,
    /// The header row of the first table, repeated on every printed page.
    repeat: Option<u32>,
}

impl Sheet<'_> {
    /// Text across all columns on a row of its own; `height` 0 sizes it to the wrapped text.
    fn across(&mut self, text: &str, style: &Format, height: f64) -> Result<(), XlsxError> {
        self.span(text, style, self.last_col, height)
    }

    fn span(
        &mut self,
        text: &str,
        style: &Format,
        last: u16,
        height: f64,
    ) -> Result<(), XlsxError> {
        let text = cell_text(text);
        if last == 0 {
            self.sheet
                .write_string_with_format(self.row, 0, text, style)?;
        } else {
            self.sheet
                .merge_range(self.row, 0, self.row, last, text, style)?;
        }
        let width: f64 = self.widths.iter().take(usize::from(last) + 1).sum();
        let lines = wrapped_lines(text, width);
        let h = if height > 0.0 {
            height
        } else {
            lines as f64 * LINE_HEIGHT + 4.0
        };
        self.sheet.set_row_height(self.row, h)?;
        self.row += 1;
        Ok(())
    }

    fn section(&mut self, section: &Section) -> Result<(), XlsxError> {
        let st = self.styles;
        match section {
            Section::Table {
                caption,
                columns,
                rows,
                empty,
            } => {
                self.caption(caption)?;
                if columns.is_empty() {
                    return Ok(());
                }
                let titles: Vec<&str> = columns.iter().map(|c| c.title.as_str()).collect();
                if self.repeat.is_none() {
                    self.repeat = Some(self.row);
                }
                self.cells(&titles, |_| (&st.header, false))?;
                for row in rows {
                    let cells: Vec<&str> = (0..columns.len())
                        .map(|i| row.get(i).map_or("", String::as_str))
                        .collect();
                    self.cells(&cells, |i| match columns[i].kind {
                        ColKind::Number => (&st.number, true),
                        ColKind::Text | ColKind::Id => (&st.cell, false),
                    })?;
                }
                if rows.is_empty() {
                    let last = (columns.len() - 1) as u16;
                    self.span(empty, &st.centre, last, 0.0)?;
                }
            }
            Section::Pairs { caption, items } => {
                self.caption(caption)?;
                let last = self.label_span(items);
                for (label, value) in items {
                    self.pair(label, value, last)?;
                }
            }
            Section::Text(text) => self.across(text, &st.plain, 0.0)?,
        }
        Ok(())
    }

    /// The last column of the label cells of a totals section: labels span as many columns
    /// as they need, so that the first column keeps its table width.
    fn label_span(&self, items: &[(String, String)]) -> u16 {
        let widest = items
            .iter()
            .map(|(l, _)| f64::from(layout::str_width(l, &DisplayWidth)) + WIDTH_PAD)
            .fold(0.0, f64::max);
        let mut sum = 0.0;
        for (i, w) in self.widths.iter().enumerate() {
            sum += w;
            if sum >= widest || i + 2 >= self.widths.len() {
                return i as u16;
            }
        }
        0
    }

    /// One totals line: the label across columns 0..=`last`, the figure after it.
    fn pair(&mut self, label: &str, value: &str, last: u16) -> Result<(), XlsxError> {
        let st = self.styles;
        let label = cell_text(label);
        if last == 0 {
            self.sheet
                .write_string_with_format(self.row, 0, label, &st.cell)?;
        } else {
            self.sheet
                .merge_range(self.row, 0, self.row, last, label, &st.cell)?;
        }
        let col = last + 1;
        match number(value) {
            Some(n) => self
                .sheet
                .write_number_with_format(self.row, col, n, &st.number)?,
            None => {
                self.sheet
                    .write_string_with_format(self.row, col, cell_text(value), &st.number)?
            }
        };
        self.row += 1;
        Ok(())
    }

    fn caption(&mut self, caption: &str) -> Result<(), XlsxError> {
        if caption.trim().is_empty() {
            return Ok(());
        }
        let text = cell_text(caption);
        self.sheet
            .write_string_with_format(self.row, 0, text, &self.styles.bold)?;
        self.row += 1;
        Ok(())
    }

    /// One row of cells; `style(i)` gives the format of cell i and whether it may be a number.
    fn cells<'s>(
        &mut self,
        cells: &[&str],
        style: impl Fn(usize) -> (&'s Format, bool),
    ) -> Result<(), XlsxError> {
        let mut lines = 1;
        for (i, text) in cells.iter().enumerate() {
            let (format, numeric) = style(i);
            let col = i as u16;
            match number(text).filter(|_| numeric) {
                Some(n) => self
                    .sheet
                    .write_number_with_format(self.row, col, n, format)?,
                None => {
                    let text = cell_text(text);
                    let width = self.widths.get(i).copied().unwrap_or(10.0);
                    lines = lines.max(wrapped_lines(text, width));
                    self.sheet
                        .write_string_with_format(self.row, col, text, format)?
                }
            };
        }
        self.sheet
            .set_row_height(self.row, lines as f64 * LINE_HEIGHT + 4.0)?;
        self.row += 1;
        Ok(())
    }
}

/// A figure written as a number: plain decimal notation only, so that "007", "1e5" or an ID
/// that slipped into a number column stay text exactly as given.
fn number(text: &str) -> Option<f64> {
    let t = text.trim();
    let digits = t.strip_prefix('-').unwrap_or(t);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let plain = !int.is_empty()
        && int.len() <= 15
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
        && (int == "0" || !int.starts_with('0'));
    if !plain {
        return None;
    }
    t.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// Cell text within Excel's limit, cut at a character boundary.
fn cell_text(text: &str) -> &str {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        units += c.len_utf16();
        if units > MAX_CELL {
            return &text[..i];
        }
    }
    text
}

/// Lines `text` wraps into in a column `width` characters wide (a Chinese character is 2).
fn wrapped_lines(text: &str, width: f64) -> usize {
    let inner = (width - 1.0).max(1.0) as u32;
    layout::wrap(text, inner, &DisplayWidth).len().clamp(1, 28)
}

/// A valid sheet name: without \ / ? * [ ] : and at most 31 characters.
fn sheet_name(title: &str) -> String {
    let cleaned: String = title
        .chars()
        .filter(|c| !matches!(c, '\\' | '/' | '?' | '*' | '[' | ']' | ':') && !c.is_control())
        .take(31)
        .collect();
    let trimmed = cleaned.trim().trim_matches('\'');
    if trimmed.is_empty() {
        "Sheet1".to_string()
    } else {
        trimmed.to_string()
    }
}

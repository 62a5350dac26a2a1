//! CSV for Excel and WPS: UTF-8 with a byte-order mark (so Chinese Excel reads UTF-8), CRLF
//! line ends, RFC 4180 quoting, and formula-looking cells neutralised.
//!
//! Layout: the title, office and period lines; for each section its caption, then the table
//! header and rows (or "label,value" lines for totals); the signature line last.

use super::{Document, Section, signature_line};

const BOM: &str = "\u{feff}";

pub(crate) fn render(doc: &Document) -> Vec<u8> {
    let mut out = String::from(BOM);
    for line in [&doc.title, &doc.office, &doc.period] {
        record(&mut out, [line.as_str()]);
    }
    for section in &doc.sections {
        out.push_str("\r\n");
        match section {
            Section::Table {
                caption,
                columns,
                rows,
                empty,
            } => {
                caption_line(&mut out, caption);
                record(&mut out, columns.iter().map(|c| c.title.as_str()));
                for row in rows {
                    // Short rows are padded so every record has as many fields as the header.
                    let n = columns.len().max(row.len());
                    let cells = (0..n).map(|i| row.get(i).map_or("", String::as_str));
                    record(&mut out, cells);
                }
                if rows.is_empty() {
                    record(&mut out, [empty.as_str()]);
                }
            }
            Section::Pairs { caption, items } => {
                caption_line(&mut out, caption);
                for (label, value) in items {
                    record(&mut out, [label.as_str(), value.as_str()]);
                }
            }
            Section::Text(text) => record(&mut out, [text.as_str()]),
        }
    }
    if !doc.signatures.is_empty() {
        out.push_str("\r\n");
        record(&mut out, [signature_line(&doc.signatures).as_str()]);
    }
    out.into_bytes()
}

fn caption_line(out: &mut String, caption: &str) {
    if !caption.is_empty() {
        record(out, [caption]);
    }
}

/// Appends one record and its CRLF.
fn record<'a>(out: &mut String, cells: impl IntoIterator<Item = &'a str>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(out, cell);
    }
    out.push_str("\r\n");
}

/// One field: cleaned (no raw control character in the file: a line break or a tab becomes a
/// space, see [`one_line`]), neutralised, then quoted when it holds a comma or a quote
/// (RFC 4180).
pub(crate) fn field(out: &mut String, cell: &str) {
    let guard = neutralise(cell);
    let cell = one_line(cell);
    let needs_quotes = cell.contains([',', '"', '\r', '\n']);
    if needs_quotes {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    for c in cell.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if needs_quotes {
        out.push('"');
    }
}

/// A cell's text with nothing raw in it: CR LF, CR, LF and tab become a space, other control
/// characters '?', bidirectional overrides and zero-width characters `\u{202e}`.
fn one_line(cell: &str) -> std::borrow::Cow<'_, str> {
    let cleaned = super::wrap::clean(cell);
    if !cleaned.contains('\n') {
        return cleaned;
    }
    std::borrow::Cow::Owned(cleaned.replace('\n', " "))
}

/// True when a spreadsheet could take the cell for a formula: it begins with = + - @, a tab
/// or a carriage return. Such a cell is written with a leading apostrophe.
pub(crate) fn neutralise(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

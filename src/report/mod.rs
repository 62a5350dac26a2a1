//! Printouts and exports: one generic [`Document`] (title, office, period, sections, signature
//! lines) rendered as PDF, XLSX, CSV or plain text.
//!
//! ```text
//! Document ──► layout (wrap by display width, paginate, repeat headers) ──► pdf.rs / txt.rs
//!          └─────────────────────────────────────────────────────────────► xlsx.rs / csv.rs
//! font.rs finds a Simplified-Chinese font for the PDF; write_file saves atomically.
//! ```
//!
//! The renderers know nothing of the screen or the database: they take plain rows (already
//! masked) and a format. Cell text may contain anything; nothing here panics on it. The
//! builders of particular printouts (`ledger.rs`: the day's ledger, the month's statistics)
//! read their rows from the store, the layer below; `output.rs` says where files go.

pub mod corrections;
mod csv;
pub mod disputes;
pub mod font;
pub mod layout;
pub mod ledger;
pub mod output;
mod paginate;
mod pdf;
mod txt;
mod wrap;
mod write;
mod xlsx;

#[cfg(test)]
mod font_tests;
#[cfg(test)]
mod layout_tests;
#[cfg(test)]
mod pdf_tests;
#[cfg(test)]
mod test_docs;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod wrap_tests;

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use crate::strings;

/// A printout: what every report of the program fills in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    /// e.g. "服务台账".
    pub title: String,
    /// The office's name, printed at the top.
    pub office: String,
    /// e.g. "2026年11月29日" or "2026年11月".
    pub period: String,
    /// A4 landscape when true, portrait otherwise.
    pub landscape: bool,
    pub sections: Vec<Section>,
    /// e.g. ["经办人", "审核人", "日期"]; printed as signature blanks at the end.
    pub signatures: Vec<String>,
}

/// One part of a document, printed in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Section {
    /// A table with a header row (repeated on every printed page). When `rows` is empty,
    /// `empty` (e.g. "本日无登记") is printed as one row across the table. A short row is
    /// padded with empty cells; cells beyond the columns are printed only in CSV.
    Table {
        caption: String,
        columns: Vec<Col>,
        rows: Vec<Vec<String>>,
        empty: String,
    },
    /// Labelled figures, e.g. totals: ("法律咨询", "12").
    Pairs {
        caption: String,
        items: Vec<(String, String)>,
    },
    /// A paragraph.
    Text(String),
}

/// A table column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Col {
    pub title: String,
    /// Relative width in display columns (a Chinese character is two).
    pub width: u16,
    pub kind: ColKind,
}

impl Col {
    pub fn new(title: impl Into<String>, width: u16, kind: ColKind) -> Self {
        Col {
            title: title.into(),
            width,
            kind,
        }
    }
}

/// How a column's cells are treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColKind {
    #[default]
    Text,
    /// Right-aligned; a number in XLSX when the cell parses as one.
    Number,
    /// ID or phone number: always text (never a number in XLSX).
    Id,
}

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Pdf,
    Xlsx,
    Csv,
    Txt,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Pdf, Format::Xlsx, Format::Csv, Format::Txt];

    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Xlsx => "xlsx",
            Format::Csv => "csv",
            Format::Txt => "txt",
        }
    }

    /// True for the formats that need a Chinese font on this computer.
    pub fn needs_font(self) -> bool {
        self == Format::Pdf
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.extension())
    }
}

/// A format name that is not pdf, xlsx, csv or txt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownFormat(pub String);

impl fmt::Display for UnknownFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&strings::report_unknown_format(&self.0))
    }
}

impl std::error::Error for UnknownFormat {}

impl FromStr for Format {
    type Err = UnknownFormat;

    /// Accepts "pdf", "xlsx", "csv", "txt" in any case, with or without a leading dot.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let name = s.trim().trim_start_matches('.');
        Format::ALL
            .into_iter()
            .find(|f| f.extension().eq_ignore_ascii_case(name))
            .ok_or_else(|| UnknownFormat(s.to_string()))
    }
}

/// Why a printout could not be made.
#[derive(Debug)]
pub enum ReportError {
    /// No usable Simplified-Chinese font on this computer (PDF only).
    NoFont {
        tried: Vec<String>,
    },
    /// The font named in the settings cannot be used; the text says why, in Chinese.
    Font(String),
    /// The file could not be written; nothing half-written is left behind.
    Io {
        path: PathBuf,
        source: io::Error,
    },
    Xlsx(String),
    Pdf(String),
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReportError::NoFont { tried } => f.write_str(&strings::report_no_font(tried)),
            ReportError::Font(text) => f.write_str(text),
            ReportError::Io { path, source } => f.write_str(&strings::report_io(
                &path.display().to_string(),
                &io_reason(source),
            )),
            ReportError::Xlsx(detail) => f.write_str(&strings::report_xlsx_failed(detail)),
            ReportError::Pdf(detail) => f.write_str(&strings::report_pdf_failed(detail)),
        }
    }
}

impl std::error::Error for ReportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReportError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// A short Chinese reason for an I/O error; the system's own text where there is none.
fn io_reason(e: &io::Error) -> String {
    use io::ErrorKind as K;
    match e.kind() {
        K::NotFound => strings::REPORT_IO_NO_FOLDER.to_string(),
        K::PermissionDenied => strings::REPORT_IO_DENIED.to_string(),
        K::IsADirectory => strings::REPORT_IO_IS_FOLDER.to_string(),
        K::StorageFull | K::QuotaExceeded => strings::REPORT_IO_DISK_FULL.to_string(),
        K::ReadOnlyFilesystem => strings::REPORT_IO_READ_ONLY.to_string(),
        _ => e.to_string(),
    }
}

/// Renders the document in memory. `font` is the PDF font file named in the settings; without
/// one, well-known places are searched (see [`font::locate`]). Other formats ignore it.
pub fn render(doc: &Document, format: Format, font: Option<&Path>) -> Result<Vec<u8>, ReportError> {
    match format {
        Format::Pdf => {
            let font = font::locate(font)?;
            pdf::render(doc, &font)
        }
        Format::Xlsx => xlsx::render(doc),
        Format::Csv => Ok(csv::render(doc)),
        Format::Txt => Ok(txt::render(doc)),
    }
}

/// Renders the document and saves it at `out` atomically: a temporary file in the same
/// folder, flushed to disk, then renamed over `out`. On any failure no file is left behind.
pub fn write_file(
    doc: &Document,
    format: Format,
    out: &Path,
    font: Option<&Path>,
) -> Result<(), ReportError> {
    let bytes = render(doc, format, font)?;
    write::atomic(out, &bytes)
}

/// The signature line: "经办人：________  审核人：________  日期：________".
pub fn signature_line(labels: &[String]) -> String {
    labels
        .iter()
        .map(|label| {
            format!(
                "{label}{}{}",
                strings::REPORT_LABEL_SEP,
                strings::REPORT_SIGNATURE_BLANK
            )
        })
        .collect::<Vec<_>>()
        .join("    ")
}

/// "label：value", as printed for one item of a [`Section::Pairs`].
pub(crate) fn pair_text(label: &str, value: &str) -> String {
    format!("{label}{}{value}", strings::REPORT_LABEL_SEP)
}

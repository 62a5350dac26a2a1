//! Where a printout goes: a dated file under the user's documents folder, or the printer.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{Document, Format};
use crate::store::settings::Preferences;
use crate::strings as s;

/// The folder printouts are saved in: Documents/sifa-desk (or the home folder's sifa-desk).
pub fn documents_dir() -> PathBuf {
    let base = directories::UserDirs::new().map(|u| {
        u.document_dir()
            .map_or_else(|| u.home_dir().to_path_buf(), Path::to_path_buf)
    });
    base.unwrap_or_else(|| PathBuf::from(".")).join("sifa-desk")
}

/// Where this office saves printouts: its chosen folder, or Documents/sifa-desk.
pub fn out_dir(prefs: &Preferences) -> PathBuf {
    if prefs.output_dir.is_empty() {
        documents_dir()
    } else {
        PathBuf::from(&prefs.output_dir)
    }
}

/// The PDF font the office named, if any (else the system is searched).
pub fn font(prefs: &Preferences) -> Option<PathBuf> {
    Some(PathBuf::from(&prefs.pdf_font)).filter(|p| !p.as_os_str().is_empty())
}

/// The file a printout goes to: `out` when given, else a dated name in the office's folder,
/// which is made when it does not exist yet (Documents/sifa-desk on first use).
pub fn target(
    out: Option<&Path>,
    prefs: &Preferences,
    doc: &Document,
    period: &str,
    format: Format,
) -> PathBuf {
    match out {
        Some(p) => p.to_path_buf(),
        None => {
            let dir = out_dir(prefs);
            // If this fails, writing the file says why, with the path.
            let _ = std::fs::create_dir_all(&dir);
            dir.join(dated_name(
                &doc.title,
                &doc.office,
                period,
                format.extension(),
            ))
        }
    }
}

/// "服务台账-版石镇司法所-2026-11-29.pdf"
pub fn dated_name(title: &str, office: &str, period: &str, extension: &str) -> String {
    let clean = |t: &str| -> String {
        t.chars()
            .map(|c| {
                if "/\\:*?\"<>|".contains(c) || c.is_control() {
                    '_'
                } else {
                    c
                }
            })
            .collect()
    };
    format!(
        "{}-{}-{}.{extension}",
        clean(title),
        clean(office),
        clean(period)
    )
}

/// Sends a PDF to a printer (the default one when `printer` is empty): `lp` where CUPS exists,
/// the PDF application's print verb on Windows. Ok carries the message for the status line.
pub fn print_file(path: &Path, printer: &str) -> Result<String, String> {
    let mut cmd = if cfg!(windows) {
        let mut c = Command::new("powershell");
        c.args([
            "-NoProfile",
            "-Command",
            "Start-Process",
            "-Verb",
            "Print",
            "-FilePath",
        ])
        .arg(path);
        c
    } else {
        let mut c = Command::new("lp");
        if !printer.is_empty() {
            c.args(["-d", printer]);
        }
        c.arg(path);
        c
    };
    match cmd.output() {
        Ok(out) if out.status.success() => Ok(s::report_printed(&path.display().to_string())),
        Ok(out) => Err(s::report_print_failed(
            &path.display().to_string(),
            String::from_utf8_lossy(&out.stderr).trim(),
        )),
        Err(e) => Err(s::report_print_failed(
            &path.display().to_string(),
            &e.to_string(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_dated_and_safe() {
        assert_eq!(
            dated_name("服务台账", "版石镇/司法所", "2026-11-29", "pdf"),
            "服务台账-版石镇_司法所-2026-11-29.pdf"
        );
    }
}

//! Settings of this file, as key/value rows. Each key has a default here.

use rusqlite::{Connection, OptionalExtension};

use super::write::Tx;
use super::{Result, Store, StoreError};

/// The code of this file's own office (set once by the setup form or `init`).
pub const OFFICE_CODE: &str = "office_code";
/// Border theme: "unicode" (default) or "ascii" for old Chinese Windows consoles.
pub const THEME: &str = "theme";
/// "on" sends printouts to the printer; "off" (default) saves files only.
pub const PRINTING: &str = "printing";
/// The printer's name; empty means the system default printer.
pub const PRINTER: &str = "printer";
/// A font file for PDF printouts; empty means search the system.
pub const PDF_FONT: &str = "pdf_font";
/// People served per 100,000 residents a year that the county expects (服务台账 monthly KPI).
pub const LEDGER_TARGET: &str = "ledger_target_per_100k";
pub const LEDGER_TARGET_DEFAULT: &str = "110";
/// What the people-served KPI counts: "all" services (default) or "aid" (法律援助 only).
pub const LEDGER_KPI_SCOPE: &str = "ledger_kpi_scope";
/// The folder printouts are saved in; empty means Documents/sifa-desk.
pub const OUTPUT_DIR: &str = "output_dir";
/// The office's part of a case number: 〔2026〕{prefix}人调字第007号. Default: the first two
/// characters of the office's name.
pub const DISPUTE_PREFIX: &str = "dispute_prefix";
/// Set by `demo` on a file it filled: "township" or "county".
pub const DEMO: &str = "demo";

pub fn get(store: &Store, key: &str) -> Result<Option<String>> {
    read(store.conn(), key)
}

/// [`get`] inside a write transaction: what the transaction sees.
pub fn get_in(tx: &Tx<'_>, key: &str) -> Result<Option<String>> {
    read(tx.conn(), key)
}

fn read(conn: &Connection, key: &str) -> Result<Option<String>> {
    conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
        r.get(0)
    })
    .optional()
    .map_err(StoreError::sql("读取设置"))
}

/// The value, or `default` when the key was never set.
pub fn get_or(store: &Store, key: &str, default: &str) -> Result<String> {
    Ok(get(store, key)?.unwrap_or_else(|| default.to_string()))
}

/// Sets one key (audited). Keys are constants of this module.
pub fn set(store: &mut Store, key: &'static str, value: &str) -> Result<()> {
    store.write(|tx| tx.set_setting(key, value))
}

/// The display and printing settings, read together.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Preferences {
    pub ascii_theme: bool,
    pub printing: bool,
    pub printer: String,
    pub pdf_font: String,
    pub output_dir: String,
}

pub fn preferences(store: &Store) -> Result<Preferences> {
    Ok(Preferences {
        ascii_theme: get_or(store, THEME, "unicode")? == "ascii",
        printing: get_or(store, PRINTING, "off")? == "on",
        printer: get_or(store, PRINTER, "")?,
        pdf_font: get_or(store, PDF_FONT, "")?,
        output_dir: get_or(store, OUTPUT_DIR, "")?,
    })
}

/// Saves all preferences in one transaction.
pub fn save_preferences(store: &mut Store, p: &Preferences) -> Result<()> {
    store.write(|tx| {
        tx.set_setting(THEME, if p.ascii_theme { "ascii" } else { "unicode" })?;
        tx.set_setting(PRINTING, if p.printing { "on" } else { "off" })?;
        tx.set_setting(PRINTER, &p.printer)?;
        tx.set_setting(PDF_FONT, &p.pdf_font)?;
        tx.set_setting(OUTPUT_DIR, &p.output_dir)
    })
}

/// The case-number prefix: the setting, or the first two characters of the office's name;
/// empty only when neither is there.
pub fn dispute_prefix(store: &Store) -> Result<String> {
    dispute_prefix_in(store.conn(), store.office_code())
}

/// [`dispute_prefix`] on a connection (inside a write transaction, at 受理), for the office
/// `office_code`. Any failure to read is an error, never an empty prefix.
pub(crate) fn dispute_prefix_in(conn: &rusqlite::Connection, office_code: &str) -> Result<String> {
    let doing = "读取案号前缀";
    let set: Option<String> = conn
        .query_row(
            "SELECT value FROM settings WHERE key = ?1",
            [DISPUTE_PREFIX],
            |r| r.get(0),
        )
        .optional()
        .map_err(StoreError::sql(doing))?;
    if let Some(p) = set.map(|p| p.trim().to_string()).filter(|p| !p.is_empty()) {
        return Ok(p);
    }
    let name: Option<String> = conn
        .query_row(
            "SELECT name FROM offices WHERE office_code = ?1 AND voided_at IS NULL",
            [office_code],
            |r| r.get(0),
        )
        .optional()
        .map_err(StoreError::sql(doing))?;
    Ok(name.unwrap_or_default().trim().chars().take(2).collect())
}

/// The 社区矫正 settings as one JSON value (see `domain::corrections::Settings`).
pub const CORRECTIONS: &str = "corrections";

/// The 社区矫正 settings: the defaults where never set; a value that cannot be read (written by
/// hand) is an error, never silently the defaults.
pub fn corrections(store: &Store) -> Result<crate::domain::corrections::Settings> {
    match get(store, CORRECTIONS)? {
        None => Ok(Default::default()),
        Some(json) => {
            serde_json::from_str(&json).map_err(|_| StoreError::BadSetting { key: CORRECTIONS })
        }
    }
}

/// Saves the 社区矫正 settings (audited, before and after).
pub fn save_corrections(
    store: &mut Store,
    value: &crate::domain::corrections::Settings,
) -> Result<()> {
    let json =
        serde_json::to_string(value).map_err(|_| StoreError::BadSetting { key: CORRECTIONS })?;
    set(store, CORRECTIONS, &json)
}

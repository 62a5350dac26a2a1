//! SQLite: opening a file safely, pragmas, migrations, and one file of queries per module.
//!
//! Every insert, update and void goes through [`write`], which records the audit row in the
//! same transaction.

mod error;
mod keyset;
mod migrate;
mod open;
#[cfg(test)]
mod page_tests;
#[cfg(test)]
mod scratch;

pub mod codes;
pub mod corrections;
pub mod dispute_stats;
pub mod disputes;
pub mod inspect;
pub mod ledger;
pub mod offices;
pub mod operators;
pub mod person_history;
mod person_search;
pub mod persons;
pub mod records;
pub mod settings;
pub mod villages;
pub mod write;

use std::path::{Path, PathBuf};

use chrono::{Local, SecondsFormat};
use rusqlite::Connection;

pub use error::StoreError;
pub use keyset::Cursor;
pub use migrate::SCHEMA_VERSION;
pub use open::OpenOptions;

pub type Result<T> = std::result::Result<T, StoreError>;

/// An open sifa-desk database and who is working on it.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    read_only: bool,
    operator: String,
    office_code: String,
}

impl Store {
    /// Opens (or creates) a sifa-desk file. Files that are not ours, or are newer than this
    /// program, are refused without writing a byte to them.
    pub fn open(path: &Path, options: &OpenOptions) -> Result<Store> {
        let (conn, read_only) = open::open_file(path, options)?;
        Self::from_connection(conn, Some(path.to_path_buf()), read_only)
    }

    /// A fresh database in memory, for tests.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory().map_err(StoreError::sql("打开内存数据库"))?;
        migrate::migrate(&conn)?;
        Self::from_connection(conn, None, false)
    }

    fn from_connection(conn: Connection, path: Option<PathBuf>, read_only: bool) -> Result<Store> {
        let mut store = Store {
            conn,
            path,
            read_only,
            operator: String::new(),
            office_code: String::new(),
        };
        store.office_code = settings::get(&store, settings::OFFICE_CODE)?.unwrap_or_default();
        Ok(store)
    }

    /// The connection, for the query files of this folder only: everything outside `store/`
    /// reads through their functions (or, in tests and tools, [`inspect`]) and writes through
    /// [`Store::write`].
    pub(in crate::store) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The operator named in created_by/updated_by and the audit log.
    pub fn operator(&self) -> &str {
        &self.operator
    }

    pub fn set_operator(&mut self, name: &str) {
        self.operator = name.to_string();
    }

    /// The code of this file's own office, empty before setup.
    pub fn office_code(&self) -> &str {
        &self.office_code
    }

    pub fn is_set_up(&self) -> bool {
        !self.office_code.is_empty()
    }

    /// Runs `f` inside one write transaction with the audit context; commits only if it
    /// returns Ok. The caller says 已保存 only after this returns Ok.
    pub fn write<T>(&mut self, f: impl FnOnce(&write::Tx<'_>) -> Result<T>) -> Result<T> {
        self.write_with(f)
    }

    /// [`Store::write`] for a module whose rules can refuse a write with their own error
    /// (anything a [`StoreError`] converts into): rolled back on any error.
    pub fn write_with<T, E: From<StoreError>>(
        &mut self,
        f: impl FnOnce(&write::Tx<'_>) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        if self.read_only {
            return Err(StoreError::ReadOnly.into());
        }
        let operator = if self.operator.is_empty() {
            crate::strings::SYSTEM_OPERATOR.to_string()
        } else {
            self.operator.clone()
        };
        let office_code = self.office_code.clone();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(StoreError::from_busy("开始保存"))?;
        let value = {
            let wtx = write::Tx::new(&tx, &operator, &office_code, now_rfc3339());
            f(&wtx)?
        };
        tx.commit().map_err(StoreError::from_busy("提交保存"))?;
        Ok(value)
    }

    /// Writes from now on belong to this office (setup, before the setting exists).
    pub(crate) fn set_office_code(&mut self, code: &str) {
        self.office_code = code.to_string();
    }

    /// Re-reads the own office code after setup changed it.
    pub(crate) fn reload_office_code(&mut self) -> Result<()> {
        self.office_code = settings::get(self, settings::OFFICE_CODE)?.unwrap_or_default();
        Ok(())
    }
}

/// The current instant, RFC 3339 with the local offset, to the second.
pub fn now_rfc3339() -> String {
    Local::now().to_rfc3339_opts(SecondsFormat::Secs, false)
}

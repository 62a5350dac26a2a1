//! Store errors. Each one reads as a clear Chinese sentence for the person at the desk; the
//! technical detail (SQLite's own message) follows it for the log and for support.

use std::fmt;

use crate::strings;

#[derive(Debug)]
pub enum StoreError {
    /// The file is not an SQLite database at all (random bytes, a document …).
    NotADatabase,
    /// An SQLite database of another program.
    ForeignDatabase,
    /// A sifa-desk file written by a newer version of the program.
    NewerVersion { found: i64, known: i64 },
    /// Another sifa-desk holds the write lock for longer than we wait.
    Busy,
    /// The file was opened read-only; nothing can be saved.
    ReadOnly,
    /// A unique ID number that already belongs to another person.
    DuplicateIdNumber { existing_id: i64 },
    /// A record that does not exist (or was voided) was asked for.
    NotFound,
    /// The read-only window ([`super::inspect`]) was given a statement that could write, a
    /// pragma, or one that returns no rows; it did not run.
    NotAQuery,
    /// A setting's stored value cannot be read (changed outside the program).
    BadSetting { key: &'static str },
    /// Any other SQLite failure, with what we were doing.
    Sql {
        doing: &'static str,
        source: rusqlite::Error,
    },
    /// A file-system failure around the database file.
    Io {
        doing: &'static str,
        source: std::io::Error,
    },
}

impl StoreError {
    /// `map_err` helper: wraps an SQLite error with what we were doing.
    pub fn sql(doing: &'static str) -> impl Fn(rusqlite::Error) -> StoreError {
        move |source| StoreError::Sql { doing, source }
    }

    /// Like [`StoreError::sql`], but a busy or locked database becomes [`StoreError::Busy`].
    pub fn from_busy(doing: &'static str) -> impl Fn(rusqlite::Error) -> StoreError {
        move |source| {
            if is_busy(&source) {
                StoreError::Busy
            } else if is_read_only(&source) {
                StoreError::ReadOnly
            } else {
                StoreError::Sql { doing, source }
            }
        }
    }
}

pub(crate) fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

fn is_read_only(e: &rusqlite::Error) -> bool {
    matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::ReadOnly))
}

impl From<rusqlite::Error> for StoreError {
    fn from(source: rusqlite::Error) -> Self {
        StoreError::from_busy("读写数据库")(source)
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NotADatabase => f.write_str(strings::ERR_NOT_A_DATABASE),
            StoreError::ForeignDatabase => f.write_str(strings::ERR_FOREIGN_DATABASE),
            StoreError::NewerVersion { found, known } => {
                f.write_str(&strings::err_newer_version(*found, *known))
            }
            StoreError::Busy => f.write_str(strings::ERR_BUSY),
            StoreError::ReadOnly => f.write_str(strings::ERR_READ_ONLY),
            StoreError::DuplicateIdNumber { .. } => f.write_str(strings::ERR_DUPLICATE_ID),
            StoreError::NotFound => f.write_str(strings::ERR_NOT_FOUND),
            StoreError::NotAQuery => f.write_str(strings::ERR_NOT_A_QUERY),
            StoreError::BadSetting { key } => f.write_str(&strings::err_bad_setting(key)),
            StoreError::Sql { doing, source } => {
                write!(f, "{}（{doing}）：{source}", strings::ERR_DATABASE)
            }
            StoreError::Io { doing, source } => {
                write!(f, "{}（{doing}）：{source}", strings::ERR_FILE)
            }
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Sql { source, .. } => Some(source),
            StoreError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

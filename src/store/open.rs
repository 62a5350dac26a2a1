//! Opening a file: look before touching. A file that is not ours is inspected read-only and
//! refused; only a file we recognise (or an empty one) is opened for writing.

use std::fs;
use std::io::Read;
use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::error::is_busy;
use super::migrate::{self, APPLICATION_ID, SCHEMA_VERSION};
use super::{Result, StoreError};

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// How to open a file.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    /// How long to wait for another sifa-desk that holds the write lock.
    pub busy_timeout: Duration,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            busy_timeout: Duration::from_secs(5),
        }
    }
}

/// What the first look at a file found.
enum Kind {
    /// Missing or empty: a new sifa-desk file will be made.
    New,
    /// An SQLite file; what is inside is checked once it is open read-only.
    Sqlite,
}

fn inspect(path: &Path) -> Result<Kind> {
    let mut file = match fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Kind::New),
        Err(source) => {
            return Err(StoreError::Io {
                doing: "读取数据库文件",
                source,
            });
        }
    };
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(source) => {
                return Err(StoreError::Io {
                    doing: "读取数据库文件",
                    source,
                });
            }
        }
    }
    match read {
        0 => Ok(Kind::New),
        16 if &header == SQLITE_HEADER => Ok(Kind::Sqlite),
        _ => Err(StoreError::NotADatabase),
    }
}

fn is_read_only_file(path: &Path) -> bool {
    fs::metadata(path)
        .map(|m| m.permissions().readonly())
        .unwrap_or(false)
}

/// Checks an existing SQLite file without writing to it: whose is it, and which version?
fn check_existing(path: &Path) -> Result<()> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(StoreError::sql("检查数据库文件"))?;
    let read = |e: rusqlite::Error| {
        if is_busy(&e) {
            StoreError::Busy
        } else if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) {
            StoreError::NotADatabase
        } else {
            StoreError::Sql {
                doing: "检查数据库文件",
                source: e,
            }
        }
    };
    let app_id: i64 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(read)?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(read)?;
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(read)?;
    if app_id != APPLICATION_ID {
        return if app_id == 0 && version == 0 && tables == 0 {
            Ok(())
        } else {
            Err(StoreError::ForeignDatabase)
        };
    }
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerVersion {
            found: version,
            known: SCHEMA_VERSION,
        });
    }
    Ok(())
}

fn apply_pragmas(conn: &Connection, options: &OpenOptions, read_only: bool) -> Result<()> {
    conn.busy_timeout(options.busy_timeout)
        .map_err(StoreError::sql("设置等待时间"))?;
    let mut batch = String::from("PRAGMA foreign_keys = ON;");
    if !read_only {
        batch.push_str("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
    }
    conn.execute_batch(&batch)
        .map_err(StoreError::from_busy("设置数据库参数"))
}

/// Opens `path`, creating a new file (and its folder) when there is none. Returns the
/// connection and whether it is read-only.
pub(super) fn open_file(path: &Path, options: &OpenOptions) -> Result<(Connection, bool)> {
    let kind = inspect(path)?;
    if let Kind::Sqlite = kind {
        check_existing(path)?;
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(|source| StoreError::Io {
            doing: "创建数据目录",
            source,
        })?;
    }
    let read_only = matches!(kind, Kind::Sqlite) && is_read_only_file(path);
    let flags = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
    };
    let conn = Connection::open_with_flags(path, flags).map_err(StoreError::sql("打开数据库"))?;
    apply_pragmas(&conn, options, read_only)?;
    if read_only {
        if migrate::current_version(&conn)? < SCHEMA_VERSION {
            // An old file we may not upgrade: its columns may not match the queries.
            return Err(StoreError::ReadOnly);
        }
    } else {
        migrate::migrate(&conn)?;
    }
    Ok((conn, read_only))
}

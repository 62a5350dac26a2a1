//! Opening a file: look before touching. A file that is not ours is inspected read-only and
//! refused; only a file we recognise (or an empty one) is opened for writing.

use std::fs;
use std::io::Read;
use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::migrate::{self, APPLICATION_ID, SCHEMA_VERSION};
use super::{Result, StoreError};

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// How to open a file.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    /// How long to wait for another sifa-desk that holds the write lock.
    pub busy_timeout: Duration,
    /// Called before an older file is upgraded (from version, to version): an upgrade may
    /// rebuild indexes over a large file and take a while, so the person is told.
    pub on_upgrade: Option<fn(i64, i64)>,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            busy_timeout: Duration::from_secs(5),
            on_upgrade: None,
        }
    }
}

/// What the first look at a file found.
enum Kind {
    /// Missing or empty: a new sifa-desk file will be made.
    New,
    /// A sifa-desk file this program can open.
    Ours,
}

/// The first 100 bytes of an SQLite file: its header.
const HEADER_LEN: usize = 100;

fn read_header(path: &Path) -> Result<Option<Vec<u8>>> {
    let io = |source| StoreError::Io {
        doing: "读取数据库文件",
        source,
    };
    let mut file = match fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io(e)),
    };
    let mut header = Vec::with_capacity(HEADER_LEN);
    (&mut file)
        .take(HEADER_LEN as u64)
        .read_to_end(&mut header)
        .map_err(io)?;
    Ok(Some(header))
}

/// The fixed fields of a real SQLite header: a power-of-two page size and the payload
/// fractions 64/32/32 (https://sqlite.org/fileformat.html, section 1.3).
fn sane(header: &[u8]) -> bool {
    let page_size = u32::from(u16::from_be_bytes([header[16], header[17]]));
    let page_ok =
        page_size == 1 || (512..=32768).contains(&page_size) && page_size.is_power_of_two();
    page_ok && header[21..24] == [64, 32, 32]
}

fn be_u32(header: &[u8], at: usize) -> i64 {
    header
        .get(at..at + 4)
        .and_then(|b| <[u8; 4]>::try_from(b).ok())
        .map_or(0, |b| i64::from(u32::from_be_bytes(b)))
}

/// Looks at a file's header without opening it with SQLite, so a file that is refused gets no
/// -wal or -shm beside it and not one byte changed.
fn inspect(path: &Path) -> Result<Kind> {
    let header = match read_header(path)? {
        None => return Ok(Kind::New),
        Some(h) if h.is_empty() => return Ok(Kind::New),
        Some(h) => h,
    };
    if header.len() < HEADER_LEN || &header[..16] != SQLITE_HEADER || !sane(&header) {
        return Err(StoreError::NotADatabase);
    }
    let schema_cookie = be_u32(&header, 40);
    let user_version = be_u32(&header, 60);
    let application_id = be_u32(&header, 68);
    if application_id != APPLICATION_ID {
        // An SQLite file with no schema at all may become ours; anything else is not ours.
        return if application_id == 0 && user_version == 0 && schema_cookie == 0 {
            Ok(Kind::New)
        } else {
            Err(StoreError::ForeignDatabase)
        };
    }
    if user_version > SCHEMA_VERSION {
        return Err(StoreError::NewerVersion {
            found: user_version,
            known: SCHEMA_VERSION,
        });
    }
    Ok(Kind::Ours)
}

fn is_read_only_file(path: &Path) -> bool {
    fs::metadata(path)
        .map(|m| m.permissions().readonly())
        .unwrap_or(false)
}

/// A read-only session leaves -wal and -shm files with the database's read-only permissions;
/// once the database is writable again they must be too, or every save would fail.
fn make_sidecars_writable(path: &Path) {
    for suffix in ["-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let sidecar = Path::new(&name);
        if let Ok(meta) = fs::metadata(sidecar) {
            let mut perms = meta.permissions();
            if perms.readonly() {
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    perms.set_mode(perms.mode() | 0o200);
                }
                #[cfg(not(unix))]
                #[allow(clippy::permissions_set_readonly_false)]
                perms.set_readonly(false);
                let _ = fs::set_permissions(sidecar, perms);
            }
        }
    }
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
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(|source| StoreError::Io {
            doing: "创建数据目录",
            source,
        })?;
    }
    let read_only = matches!(kind, Kind::Ours) && is_read_only_file(path);
    if !read_only {
        make_sidecars_writable(path);
    }
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
        let version = migrate::current_version(&conn)?;
        if let Some(announce) = options.on_upgrade
            && version > 0
            && version < SCHEMA_VERSION
        {
            announce(version, SCHEMA_VERSION);
        }
        migrate::migrate(&conn)?;
    }
    Ok((conn, read_only))
}

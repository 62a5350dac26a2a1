//! Atomic file writing: a temporary file beside the target, flushed to disk, then renamed.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use super::ReportError;

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// Writes `bytes` to `path` so that `path` holds either its old content or all of the new one.
/// On failure the temporary file is removed and [`ReportError::Io`] names `path`.
pub(crate) fn atomic(path: &Path, bytes: &[u8]) -> Result<(), ReportError> {
    let fail = |source: io::Error| ReportError::Io {
        path: path.to_path_buf(),
        source,
    };
    if path.is_dir() {
        return Err(fail(io::Error::from(io::ErrorKind::IsADirectory)));
    }
    let Some(name) = path.file_name() else {
        return Err(fail(io::Error::from(io::ErrorKind::IsADirectory)));
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let tmp = temp_path(dir, &name.to_string_lossy());
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .map_err(fail)?;
    let result = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            fs::rename(&tmp, path)
        });
    if let Err(e) = result {
        // The temporary file may or may not exist here (the rename may have failed).
        let _ = fs::remove_file(&tmp);
        return Err(fail(e));
    }
    sync_dir(dir);
    Ok(())
}

/// A hidden name in `dir` that no other writer (thread or process) uses at the same time.
fn temp_path(dir: &Path, name: &str) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    dir.join(format!(".{name}.{}-{n}.tmp", std::process::id()))
}

/// Makes the rename itself durable where the platform allows (Unix); best effort.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

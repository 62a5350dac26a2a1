//! Finding a Simplified-Chinese font for the PDF.
//!
//! The file named in the settings is used when given (an error if it is unusable); otherwise
//! well-known places of Windows, Linux and macOS are searched. A candidate counts only when it
//! parses and has glyphs for every character of a probe string. In a collection (.ttc) the
//! Simplified-Chinese face is preferred (e.g. "Noto Sans CJK SC", not its JP face).
//!
//! When the system has none, the font built into the program is used: a subset of Noto Sans
//! CJK SC (SIL Open Font License) with all of GB2312 and some 520 rarer characters of names
//! (`assets/fonts/`, made by `scripts/make-font.py`). It makes the program 2.0 MB bigger
//! (2,015,708 bytes, embedded byte for byte), so that a PDF prints on any computer.
//!
//! Font files are memory-mapped, not read: a CJK collection is 20 MB and more, and a PDF
//! touches only the few hundred glyphs it uses, which keeps a printout small in memory.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use memmap2::Mmap;
use skrifa::raw::FileRef;
use skrifa::{FontRef, MetadataProvider, string::StringId};

use super::ReportError;
use crate::strings;

/// The font built into the program (see the module documentation and assets/fonts/README.md).
const BUNDLED: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJKsc-sifa.otf");

/// Characters a font must have to print our documents.
const PROBE: &str = "服务台账第页共经办人审核日期0123456789：";

/// Linux and other Unix folders searched recursively, most common first.
const UNIX_DIRS: &[&str] = &[
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
];

/// Fixed paths on Windows (relative to the Windows folder) and macOS, in order of preference.
const WINDOWS_FONTS: &[&str] = &[
    "simsun.ttc",
    "msyh.ttc",
    "simhei.ttf",
    "msyh.ttf",
    "simkai.ttf",
];
const MAC_FONTS: &[&str] = &[
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/System/Library/Fonts/Supplemental/Songti.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
];

/// File name patterns (lower case, `*` for any run) searched for under the Unix folders, in
/// order of preference.
const UNIX_PATTERNS: &[&str] = &[
    "notosanscjk*",
    "sourcehansans*",
    "wqy-microhei*",
    "wqy-zenhei*",
    "notoserifcjk*",
    "sourcehanserif*",
    "*cjk*",
    "droid*fallback*",
];

/// How deep and how many entries the Unix folders are searched (never hang on a huge tree).
const MAX_DEPTH: usize = 6;
const MAX_ENTRIES: usize = 20_000;

/// The bytes of a font file.
pub enum FontBytes {
    Mapped(Mmap),
    Owned(Vec<u8>),
    /// The font built into the program.
    Static(&'static [u8]),
}

impl AsRef<[u8]> for FontBytes {
    fn as_ref(&self) -> &[u8] {
        match self {
            FontBytes::Mapped(m) => m,
            FontBytes::Owned(v) => v,
            FontBytes::Static(b) => b,
        }
    }
}

/// A usable font: where it is, which face of a collection, and its bytes.
pub struct FoundFont {
    pub path: PathBuf,
    pub index: u32,
    /// The face's family name, e.g. "Noto Sans CJK SC".
    pub family: String,
    pub data: Arc<FontBytes>,
}

impl std::fmt::Debug for FoundFont {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FoundFont")
            .field("path", &self.path)
            .field("index", &self.index)
            .field("family", &self.family)
            .finish_non_exhaustive()
    }
}

/// The font named in the settings, or the best one found on this computer, or the one built
/// into the program.
pub fn locate(explicit: Option<&Path>) -> Result<FoundFont, ReportError> {
    locate_with(explicit, candidates)
}

/// [`locate`] with the system search given: `search` lists the font files to try, best first.
pub fn locate_with(
    explicit: Option<&Path>,
    search: impl FnOnce() -> Vec<PathBuf>,
) -> Result<FoundFont, ReportError> {
    if let Some(path) = explicit {
        return open(path).map_err(|reason| {
            ReportError::Font(strings::report_font_unusable(
                &path.display().to_string(),
                reason,
            ))
        });
    }
    let mut tried = Vec::new();
    for path in search() {
        match open(&path) {
            Ok(found) => return Ok(found),
            Err(_) => tried.push(path.display().to_string()),
        }
    }
    tracing::info!("no Chinese font on this computer; the PDF uses the built-in one");
    bundled().ok_or_else(|| {
        if tried.is_empty() {
            tried = searched_places();
        }
        ReportError::NoFont { tried }
    })
}

/// The font built into the program; None only if the build embedded a broken file.
pub fn bundled() -> Option<FoundFont> {
    let (index, family) = best_face(BUNDLED)?;
    Some(FoundFont {
        path: PathBuf::from(strings::REPORT_FONT_BUILT_IN),
        index,
        family,
        data: Arc::new(FontBytes::Static(BUNDLED)),
    })
}

/// Opens `path` and picks its best Simplified-Chinese face. The error is a Chinese reason.
pub fn open(path: &Path) -> Result<FoundFont, &'static str> {
    let data = map(path)?;
    let (index, family) = best_face(data.as_ref()).ok_or_else(|| {
        if FileRef::new(data.as_ref()).is_ok() {
            strings::REPORT_FONT_NO_CHINESE
        } else {
            strings::REPORT_FONT_NOT_A_FONT
        }
    })?;
    Ok(FoundFont {
        path: path.to_path_buf(),
        index,
        family,
        data: Arc::new(data),
    })
}

fn map(path: &Path) -> Result<FontBytes, &'static str> {
    let file = File::open(path).map_err(|_| strings::REPORT_FONT_NOT_FOUND)?;
    let meta = file
        .metadata()
        .map_err(|_| strings::REPORT_FONT_NOT_FOUND)?;
    if !meta.is_file() {
        return Err(strings::REPORT_FONT_NOT_A_FONT);
    }
    // SAFETY: the map is read-only and font files are not rewritten while we print; should
    // one be truncated meanwhile, the worst outcome is a crash of this printout, which the
    // same race would cause with any font library reading the file lazily.
    match unsafe { Mmap::map(&file) } {
        Ok(m) => Ok(FontBytes::Mapped(m)),
        Err(_) => fs::read(path)
            .map(FontBytes::Owned)
            .map_err(|_| strings::REPORT_FONT_NOT_A_FONT),
    }
}

/// The face of `data` to print with and its family name: the best-scoring face (Simplified
/// Chinese first, then proportional, then the first) that has every probe character. Faces
/// are ranked by their names first, so only the chosen face's character map is read.
pub fn best_face(data: &[u8]) -> Option<(u32, String)> {
    let file = FileRef::new(data).ok()?;
    let mut faces: Vec<(i32, u32, String)> = file
        .fonts()
        .enumerate()
        .filter_map(|(i, face)| {
            let face = face.ok()?;
            let family = family_name(&face);
            Some((face_score(&face, &family), i as u32, family))
        })
        .collect();
    // Highest score first; the lower index among equals.
    faces.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    faces.into_iter().find_map(|(_, i, family)| {
        let face = FontRef::from_index(data, i).ok()?;
        covers(&face, PROBE).then_some((i, family))
    })
}

/// True when the face maps every character of `text` to a real glyph.
pub fn covers(face: &FontRef<'_>, text: &str) -> bool {
    let charmap = face.charmap();
    text.chars()
        .all(|c| charmap.map(c).is_some_and(|g| g.to_u32() != 0))
}

fn family_name(face: &FontRef<'_>) -> String {
    face.localized_strings(StringId::FAMILY_NAME)
        .english_or_first()
        .map(|s| s.chars().collect())
        .unwrap_or_default()
}

fn face_score(face: &FontRef<'_>, family: &str) -> i32 {
    let words: Vec<&str> = family.split([' ', '-']).collect();
    let mut score = 0;
    if words.iter().any(|w| w.eq_ignore_ascii_case("SC")) {
        score += 4;
    }
    let zh_cn = face.localized_strings(StringId::FAMILY_NAME).any(|s| {
        s.language()
            .is_some_and(|l| l.eq_ignore_ascii_case("zh-CN"))
    });
    if zh_cn {
        score += 2;
    }
    if words.iter().any(|w| w.eq_ignore_ascii_case("Mono")) {
        score -= 3;
    }
    score
}

/// Existing font files in well-known places, best first.
pub fn candidates() -> Vec<PathBuf> {
    let mut out = Vec::new();
    if cfg!(windows) {
        let root = std::env::var_os("WINDIR")
            .or_else(|| std::env::var_os("SystemRoot"))
            .map_or_else(|| PathBuf::from(r"C:\Windows"), PathBuf::from);
        let fonts = root.join("Fonts");
        out.extend(WINDOWS_FONTS.iter().map(|f| fonts.join(f)));
        if let Some(local) = std::env::var_os("LOCALAPPDATA") {
            let user = PathBuf::from(local).join(r"Microsoft\Windows\Fonts");
            out.extend(WINDOWS_FONTS.iter().map(|f| user.join(f)));
        }
    } else if cfg!(target_os = "macos") {
        out.extend(MAC_FONTS.iter().map(PathBuf::from));
    }
    out.retain(|p| p.is_file());
    if !cfg!(windows) {
        out.extend(unix_candidates());
    }
    out
}

/// The places looked at, for the message when nothing was found there.
fn searched_places() -> Vec<String> {
    if cfg!(windows) {
        vec![r"C:\Windows\Fonts".to_string()]
    } else if cfg!(target_os = "macos") {
        MAC_FONTS.iter().map(|s| (*s).to_string()).collect()
    } else {
        UNIX_DIRS.iter().map(|s| (*s).to_string()).collect()
    }
}

fn unix_candidates() -> Vec<PathBuf> {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let mut found: Vec<(usize, u8, PathBuf)> = Vec::new();
    let mut budget = MAX_ENTRIES;
    for dir in UNIX_DIRS {
        let dir = match (dir.strip_prefix("~/"), &home) {
            (Some(rest), Some(h)) => h.join(rest),
            (Some(_), None) => continue,
            (None, _) => PathBuf::from(dir),
        };
        walk(&dir, 0, &mut budget, &mut found);
    }
    found.sort();
    found.into_iter().map(|(_, _, p)| p).collect()
}

fn walk(dir: &Path, depth: usize, budget: &mut usize, found: &mut Vec<(usize, u8, PathBuf)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if *budget == 0 {
            return;
        }
        *budget -= 1;
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() && depth < MAX_DEPTH {
            walk(&path, depth + 1, budget, found);
        } else if let Some(rank) = rank(&entry.file_name().to_string_lossy()) {
            found.push((rank.0, rank.1, path));
        }
    }
}

/// (pattern rank, weight rank) of a font file name; None when it is no candidate.
pub(crate) fn rank(name: &str) -> Option<(usize, u8)> {
    let lower = name.to_ascii_lowercase();
    let is_font = [".ttc", ".ttf", ".otf", ".otc"]
        .iter()
        .any(|ext| lower.ends_with(ext));
    if !is_font {
        return None;
    }
    let pattern = UNIX_PATTERNS.iter().position(|p| matches(p, &lower))?;
    let weight = if lower.contains("regular") {
        0
    } else if ["bold", "black", "light", "thin", "medium", "heavy"]
        .iter()
        .any(|w| lower.contains(w))
    {
        2
    } else {
        1
    };
    Some((pattern, weight))
}

/// Glob match with `*` (any run of characters) only.
fn matches(pattern: &str, name: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = name.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    let Some((last, middle)) = parts.split_last() else {
        return rest.is_empty(); // no '*' at all: the whole name matched `first`
    };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.ends_with(last)
}

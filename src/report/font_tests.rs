//! The PDF font built into the program: used when the system has none, covers GB2312 and the
//! rarer characters of names, and prints text that comes back out of the PDF.

use skrifa::FontRef;

use super::font::{self, FontBytes, covers};
use super::test_docs::{fixture_font, ledger};
use super::{ReportError, Section, pdf};

/// Rarer characters of given names and surnames that GB2312 lacks.
const RARE_NAMES: &str = "喆堃昇淼焱犇珺琍瑄玥祎禛翀芃荦赟镕陞靓颀媖骞燚鑫垚淏昊晞悦䶮禤逄";

fn is_built_in(found: &font::FoundFont) -> bool {
    matches!(*found.data, FontBytes::Static(_))
}

#[test]
fn with_no_font_on_the_system_the_built_in_one_is_used() {
    // Nothing found at all.
    let found = font::locate_with(None, Vec::new).unwrap();
    assert!(is_built_in(&found), "{found:?}");
    assert_eq!(found.family, "Noto Sans CJK SC");
    // Only unusable candidates: skipped, and the built-in font still prints.
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("NotoSansCJK-Regular.ttc");
    std::fs::write(&junk, b"not a font").unwrap();
    let latin = fixture_font().with_file_name("latin-only.otf");
    let found = font::locate_with(None, || vec![junk.clone(), latin]).unwrap();
    assert!(is_built_in(&found), "{found:?}");
    // A usable system font comes first.
    let found = font::locate_with(None, || vec![fixture_font()]).unwrap();
    assert_eq!(found.path, fixture_font());
    assert!(!is_built_in(&found));
    // A font named in the settings that cannot be used is still said, not silently replaced.
    assert!(matches!(
        font::locate_with(Some(&junk), Vec::new),
        Err(ReportError::Font(_))
    ));
}

/// Whether GB2312 assigns the cell (GBK and GB 18030 fill some of its empty ones).
fn in_gb2312(row: u8, cell: u8) -> bool {
    match row {
        0xA1 | 0xA3 => true,
        0xA2 => matches!(cell, 0xB1..=0xE2 | 0xE5..=0xEE | 0xF1..=0xFC),
        0xA4 => cell <= 0xF3,
        0xA5 => cell <= 0xF6,
        0xA6 => matches!(cell, 0xA1..=0xB8 | 0xC1..=0xD8),
        0xA7 => matches!(cell, 0xA1..=0xC1 | 0xD1..=0xF1),
        0xA8 => matches!(cell, 0xA1..=0xBA | 0xC5..=0xE9),
        0xA9 => matches!(cell, 0xA4..=0xEF),
        0xD7 => cell <= 0xF9,
        0xB0..=0xF7 => true,
        _ => false,
    }
}

#[test]
fn the_built_in_font_covers_gb2312_and_rare_name_characters() {
    let found = font::bundled().unwrap();
    let face = FontRef::from_index(found.data.as_ref().as_ref(), found.index).unwrap();
    // Every character of GB2312: symbol rows 1-9, levels 1 (rows 16-55) and 2 (rows 56-87).
    let mut checked = 0;
    let mut missing = String::new();
    for row in (0xA1u8..=0xA9).chain(0xB0..=0xF7) {
        for cell in (0xA1u8..=0xFE).filter(|&cell| in_gb2312(row, cell)) {
            let pair = [row, cell];
            let (text, _, bad) = encoding_rs::GBK.decode(&pair);
            let Some(c) = text.chars().next() else {
                continue;
            };
            // Unassigned cells decode to U+FFFD or a private-use character.
            if bad || c == '\u{fffd}' || ('\u{e000}'..='\u{f8ff}').contains(&c) {
                continue;
            }
            checked += 1;
            if !covers(&face, &c.to_string()) {
                missing.push(c);
            }
        }
    }
    assert!(missing.is_empty(), "missing: {missing}");
    assert_eq!(checked, 7445, "GB2312 has 682 symbols and 6,763 hanzi");
    for wanted in [
        RARE_NAMES,
        "０１２３４５６７８９ＡＺａｚ，。：；！？（）〔〕【】《》“”·—…",
    ] {
        let lacking: String = wanted
            .chars()
            .filter(|&c| !covers(&face, &c.to_string()))
            .collect();
        assert!(lacking.is_empty(), "missing: {lacking}");
    }
}

#[test]
fn a_pdf_with_rare_name_characters_prints_with_the_built_in_font() {
    let names = ["王喆", "李堃", "刘䶮", "张珺玥", "禤翀", "逄赟"];
    let mut doc = ledger(names.len());
    if let Some(Section::Table { rows, .. }) = doc.sections.first_mut() {
        for (row, name) in rows.iter_mut().zip(names) {
            row[4] = name.to_string();
        }
    }
    let found = font::locate_with(None, Vec::new).unwrap();
    let bytes = pdf::render(&doc, &found).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    // Kept for a person to look at (pdftoppm -png); the test does not depend on it.
    let _ = std::fs::write(
        std::env::temp_dir().join("sifa-desk-built-in-font.pdf"),
        &bytes,
    );
    let text: String = pdf_extract::extract_text_from_mem(&bytes)
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    for name in names {
        assert!(text.contains(name), "{name} missing from {text}");
    }
    assert!(
        text.contains("服务台账") && text.contains("第1页共1页"),
        "{text}"
    );
}

//! PDF end to end with the font fixture, and finding fonts.

use std::path::Path;

use super::font::{self, best_face};
use super::test_docs::{NAMES, fixture_font, ledger};
use super::{Document, Format, ReportError, render};

fn pdf(doc: &Document) -> Vec<u8> {
    render(doc, Format::Pdf, Some(&fixture_font())).unwrap()
}

fn text_of(pdf: &[u8]) -> String {
    pdf_extract::extract_text_from_mem(pdf).unwrap()
}

/// Text with all whitespace removed: extractors space out Chinese differently.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn a_ledger_pdf_embeds_a_font_subset_and_its_text_can_be_extracted() {
    let bytes = pdf(&ledger(3));
    assert!(bytes.starts_with(b"%PDF-"));
    let fixture = std::fs::metadata(fixture_font()).unwrap().len() as usize;
    assert!(
        bytes.len() * 10 < fixture,
        "PDF of {} bytes should hold a subset of the {fixture}-byte font",
        bytes.len()
    );
    let text = squeezed(&text_of(&bytes));
    for wanted in [
        "服务台账",
        "青山镇司法所",
        "2026年11月29日",
        NAMES[1],
        "3607**********1234",
    ] {
        assert!(text.contains(wanted), "{wanted} missing from {text}");
    }
    assert!(text.contains("第1页共1页"), "{text}");
    assert!(text.contains("经办人：________"));
    assert!(text.contains("法律咨询：1"), "totals");
}

#[test]
fn five_hundred_rows_make_many_pages_numbered_of_the_total() {
    let bytes = pdf(&ledger(500));
    let text = squeezed(&text_of(&bytes));
    let total = text
        .split("第1页共")
        .nth(1)
        .and_then(|rest| rest.split('页').next())
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap();
    assert!(total > 10, "{total} pages");
    assert!(text.contains(&format!("第{total}页共{total}页")));
    // Each page's text ends with its footer; every page with table rows has the header.
    let mut rest = text.as_str();
    let mut pages_with_rows = 0;
    for n in 1..=total {
        let footer = format!("第{n}页共{total}页");
        let (page, after) = rest.split_once(&footer).unwrap();
        if page.contains("3607**") {
            pages_with_rows += 1;
            assert_eq!(page.matches("序号").count(), 1, "page {n}: {page}");
        }
        rest = after;
    }
    assert!(pages_with_rows >= total - 1);
}

#[test]
fn an_empty_ledger_is_a_valid_pdf_with_the_empty_line() {
    let bytes = pdf(&ledger(0));
    assert!(bytes.starts_with(b"%PDF-"));
    let text = squeezed(&text_of(&bytes));
    assert!(text.contains("本日无登记"));
    assert!(text.contains("第1页共1页"));
}

#[test]
fn odd_cell_text_renders_without_panic() {
    let mut doc = ledger(3);
    if let Some(super::Section::Table { rows, .. }) = doc.sections.first_mut() {
        rows[0][8] = "\u{0}\u{1b}[2J\r\n\t=cmd|'/C calc'!A0 🙂 𠮷 \u{202e}反向 e\u{301}".into();
        rows[1].truncate(2);
        rows[2].push("多出的格".into());
        rows[2][4] = "很长".repeat(3000);
    }
    doc.title = "标题\n换行".into();
    let bytes = pdf(&doc);
    assert!(bytes.starts_with(b"%PDF-"));
    let portrait = Document {
        landscape: false,
        ..ledger(20)
    };
    assert!(pdf(&portrait).starts_with(b"%PDF-"));
    assert!(pdf(&Document::default()).starts_with(b"%PDF-"));
}

#[test]
fn the_fixture_font_qualifies_and_its_face_is_found() {
    let found = font::locate(Some(&fixture_font())).unwrap();
    assert_eq!(found.index, 0);
    assert!(found.family.contains("Noto Sans CJK"), "{}", found.family);
    let data = std::fs::read(fixture_font()).unwrap();
    assert_eq!(best_face(&data).map(|f| f.0), Some(0));
}

#[test]
fn an_unusable_font_file_is_a_clear_error_and_other_formats_still_work() {
    let dir = tempfile::tempdir().unwrap();
    let not_a_font = dir.path().join("font.ttf");
    std::fs::write(&not_a_font, b"not a font at all").unwrap();
    let missing = dir.path().join("missing.ttc");
    for (path, reason) in [(&not_a_font, "不是可用的字体"), (&missing, "文件不存在")] {
        let err = render(&ledger(1), Format::Pdf, Some(path)).unwrap_err();
        assert!(matches!(err, ReportError::Font(_)), "{err:?}");
        let message = err.to_string();
        assert!(
            message.contains(reason) && message.contains("PDF 字体文件"),
            "{message}"
        );
        for format in [Format::Xlsx, Format::Csv, Format::Txt] {
            assert!(render(&ledger(1), format, Some(path)).is_ok());
        }
    }
    // A directory is no font either.
    assert!(matches!(
        render(&ledger(1), Format::Pdf, Some(dir.path())),
        Err(ReportError::Font(_))
    ));
}

fn fixture(name: &str) -> std::path::PathBuf {
    fixture_font().with_file_name(name)
}

#[test]
fn a_font_without_chinese_is_refused() {
    let latin = fixture("latin-only.otf");
    assert_eq!(
        font::open(&latin).unwrap_err(),
        crate::strings::REPORT_FONT_NO_CHINESE
    );
    let err = render(&ledger(1), Format::Pdf, Some(&latin)).unwrap_err();
    assert!(err.to_string().contains("没有简体中文字形"), "{err}");
    let data = std::fs::read(fixture_font()).unwrap();
    assert!(
        best_face(&data[..1000]).is_none(),
        "a truncated file is no font"
    );
}

#[test]
fn the_simplified_chinese_face_of_a_collection_is_chosen() {
    let found = font::open(&fixture("faces.ttc")).unwrap();
    assert_eq!(found.index, 2, "{found:?}");
    assert_eq!(found.family, "Noto Sans CJK SC");
    let bytes = render(&ledger(1), Format::Pdf, Some(&fixture("faces.ttc"))).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
}

#[test]
fn no_font_error_says_how_to_fix_it() {
    let err = ReportError::NoFont {
        tried: vec!["/usr/share/fonts".into()],
    };
    let message = err.to_string();
    for wanted in [
        "Noto Sans CJK",
        "文泉驿",
        "SimSun",
        "微软雅黑",
        "设置 → 显示与打印 → PDF 字体文件",
        "XLSX、CSV、TXT",
        "/usr/share/fonts",
    ] {
        assert!(message.contains(wanted), "{wanted} missing: {message}");
    }
}

#[test]
fn font_file_names_rank_by_family_then_weight() {
    let rank = |name: &str| font::rank(name);
    assert_eq!(rank("NotoSansCJK-Regular.ttc"), Some((0, 0)));
    assert_eq!(rank("NotoSansCJK-Bold.ttc"), Some((0, 2)));
    assert_eq!(rank("wqy-microhei.ttc").map(|r| r.0), Some(2));
    assert_eq!(rank("DroidSansFallbackFull.ttf").map(|r| r.0), Some(7));
    assert_eq!(rank("SomeCJKfont.otf").map(|r| r.0), Some(6));
    assert_eq!(rank("DejaVuSans.ttf"), None);
    assert_eq!(rank("NotoSansCJK-Regular.ttc.bak"), None);
    // Whatever this machine has, every candidate is a real file.
    assert!(font::candidates().iter().all(|p| Path::new(p).is_file()));
}

//! The document model, CSV, XLSX, text and atomic writing.

use std::path::Path;

use calamine::{Data, Reader, Xlsx};

use super::test_docs::{ledger, ledger_columns};
use super::{ColKind, Document, Format, ReportError, Section, render, signature_line, write_file};

#[test]
fn formats_parse_and_name_their_extension() {
    for f in Format::ALL {
        assert_eq!(f.extension().parse::<Format>().unwrap(), f);
        assert_eq!(f.to_string(), f.extension());
    }
    assert_eq!("PDF".parse::<Format>().unwrap(), Format::Pdf);
    assert_eq!(".xlsx".parse::<Format>().unwrap(), Format::Xlsx);
    let err = "docx".parse::<Format>().unwrap_err();
    assert!(err.to_string().contains("docx") && err.to_string().contains("pdf、xlsx、csv、txt"));
    assert!(Format::Pdf.needs_font() && !Format::Csv.needs_font());
}

#[test]
fn signature_line_has_a_blank_for_each_label() {
    let labels = [
        "经办人".to_string(),
        "审核人".to_string(),
        "日期".to_string(),
    ];
    assert_eq!(
        signature_line(&labels),
        "经办人：________    审核人：________    日期：________"
    );
    assert_eq!(signature_line(&[]), "");
}

fn one_table(rows: Vec<Vec<String>>) -> Document {
    let mut doc = ledger(0);
    if let Some(Section::Table { rows: r, .. }) = doc.sections.first_mut() {
        *r = rows;
    }
    doc
}

// ---- CSV -------------------------------------------------------------------------------

fn csv_text(doc: &Document) -> String {
    String::from_utf8(render(doc, Format::Csv, None).unwrap()).unwrap()
}

/// A strict RFC 4180 reader, to check what Excel would read back.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = vec![];
    let (mut record, mut field) = (vec![], String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR only before LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => {
                assert!(c != '\n', "bare LF outside quotes");
                field.push(c);
            }
        }
    }
    assert!(field.is_empty() && record.is_empty(), "ends with CRLF");
    records
}

#[test]
fn csv_has_a_bom_crlf_and_the_whole_ledger() {
    let text = csv_text(&ledger(3));
    assert!(text.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
    let records = parse_csv(text.trim_start_matches('\u{feff}'));
    assert_eq!(records[0], ["服务台账"]);
    assert_eq!(records[1], ["青山镇司法所"]);
    assert_eq!(records[2], ["2026年11月29日"]);
    let header = records
        .iter()
        .position(|r| r.first().is_some_and(|c| c == "序号"));
    let header = header.unwrap();
    assert_eq!(records[header].len(), 12);
    assert_eq!(records[header + 1][5], "3607**********1234");
    assert!(records.contains(&vec!["法律咨询".to_string(), "1".to_string()]));
    assert!(records.last().unwrap()[0].starts_with("经办人："));
}

#[test]
fn csv_neutralises_formulas_and_quotes_by_rfc_4180() {
    let odd = "甲,\"乙\"\r\n丙";
    let mut row = vec![String::new(); 12];
    for (i, cell) in [
        "=SUM(A1)",
        "+1",
        "-1",
        "@x",
        "\tTAB",
        odd,
        "2026-11-29",
        "正常",
    ]
    .iter()
    .enumerate()
    {
        row[i] = (*cell).to_string();
    }
    let text = csv_text(&one_table(vec![row]));
    let records = parse_csv(text.trim_start_matches('\u{feff}'));
    let row = records
        .iter()
        .find(|r| r.len() == 12 && r[7] == "正常")
        .unwrap();
    // A tab or a line break is no raw control character in the file: it becomes a space.
    assert_eq!(&row[..5], ["'=SUM(A1)", "'+1", "'-1", "'@x", "' TAB"]);
    assert_eq!(row[5], "甲,\"乙\" 丙", "comma and quote round-trip");
    assert_eq!(row[6], "2026-11-29");
}

#[test]
fn csv_and_text_carry_no_raw_control_or_direction_characters() {
    let mut row = vec![String::new(); 12];
    row[0] = "甲\u{1b}[31m乙\u{7}".into();
    row[1] = "李\u{202E}四\u{200B}\u{FEFF}".into();
    row[2] = "第一行\r\n第二行\t完\u{0}".into();
    let doc = one_table(vec![row]);
    let csv = csv_text(&doc);
    let body = csv.strip_prefix('\u{feff}').unwrap();
    let records = body.replace("\r\n", "");
    assert!(!records.chars().any(sifa_desk_unsafe), "CSV: {records:?}");
    assert!(csv.contains("李\\u{202e}四\\u{200b}\\u{feff}"), "{csv}");
    let txt = String::from_utf8(render(&doc, Format::Txt, None).unwrap()).unwrap();
    let lines = txt.replace("\r\n", "").replace('\u{c}', "");
    assert!(!lines.chars().any(sifa_desk_unsafe), "TXT: {lines:?}");
    // Shown, not hidden: the override is written out (the cell may wrap inside it).
    assert!(txt.contains("李\\u{"), "{txt}");
}

/// A control character, a direction override or a zero-width character.
fn sifa_desk_unsafe(c: char) -> bool {
    crate::domain::text::needs_escape(c)
}

#[test]
fn csv_of_an_empty_day_has_the_header_and_the_empty_line() {
    let text = csv_text(&ledger(0));
    let records = parse_csv(text.trim_start_matches('\u{feff}'));
    let header = records.iter().position(|r| r[0] == "序号").unwrap();
    assert_eq!(records[header + 1], ["本日无登记"]);
}

// ---- XLSX ------------------------------------------------------------------------------

fn xlsx_cells(doc: &Document) -> Vec<Vec<Data>> {
    let bytes = render(doc, Format::Xlsx, None).unwrap();
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    range.rows().map(<[Data]>::to_vec).collect()
}

fn find_row<'a>(rows: &'a [Vec<Data>], first: &str) -> &'a [Data] {
    rows.iter()
        .find(|r| r.first() == Some(&Data::String(first.into())))
        .unwrap()
}

#[test]
fn xlsx_keeps_ids_as_text_and_figures_as_numbers() {
    let mut doc = ledger(2);
    if let Some(Section::Table { rows, .. }) = doc.sections.first_mut() {
        rows[1][5] = "360726199001011233".into();
        rows[1][6] = "13800138000".into();
        rows[1][8] = "=HYPERLINK(\"x\")".into();
    }
    let rows = xlsx_cells(&doc);
    assert_eq!(rows[0][0], Data::String("服务台账".into()));
    let header = find_row(&rows, "序号");
    assert_eq!(header.len(), 12);
    assert_eq!(header[5], Data::String("身份证号".into()));
    let at = rows.iter().position(|r| r.as_slice() == header).unwrap();
    assert_eq!(rows[at + 1][0], Data::Float(1.0), "序号 is a number");
    assert_eq!(rows[at + 1][5], Data::String("3607**********1234".into()));
    assert_eq!(rows[at + 2][5], Data::String("360726199001011233".into()));
    assert_eq!(rows[at + 2][6], Data::String("13800138000".into()));
    assert_eq!(
        rows[at + 2][8],
        Data::String("=HYPERLINK(\"x\")".into()),
        "text, no formula"
    );
    let total = find_row(&rows, "法律咨询")
        .iter()
        .skip(1)
        .find(|d| **d != Data::Empty);
    assert_eq!(
        total,
        Some(&Data::Float(1.0)),
        "totals: the label spans what it needs"
    );
    assert_eq!(find_row(&rows, "按服务类型").len(), 12);
    let last = rows
        .iter()
        .rev()
        .find(|r| r.first() != Some(&Data::Empty))
        .unwrap();
    assert!(matches!(&last[0], Data::String(s) if s.starts_with("经办人：")));
}

#[test]
fn xlsx_of_an_empty_day_shows_the_empty_line() {
    let rows = xlsx_cells(&ledger(0));
    let at = rows
        .iter()
        .position(|r| r.first() == Some(&Data::String("序号".into())));
    assert_eq!(rows[at.unwrap() + 1][0], Data::String("本日无登记".into()));
}

#[test]
fn xlsx_number_columns_write_only_plain_numbers() {
    let mut doc = one_table(vec![]);
    if let Some(Section::Table { columns, rows, .. }) = doc.sections.first_mut() {
        columns[0].kind = ColKind::Number;
        for v in [
            "12",
            "-3.5",
            "007",
            "1e5",
            "１２",
            "",
            "3607**1234",
            "12345678901234567890",
        ] {
            let mut row = vec![String::new(); 12];
            row[0] = v.into();
            rows.push(row);
        }
    }
    let rows = xlsx_cells(&doc);
    let at = rows
        .iter()
        .position(|r| r[0] == Data::String("序号".into()))
        .unwrap();
    let got: Vec<&Data> = rows[at + 1..at + 9].iter().map(|r| &r[0]).collect();
    let s = |v: &str| Data::String(v.into());
    assert_eq!(
        got,
        [
            &Data::Float(12.0),
            &Data::Float(-3.5),
            &s("007"),
            &s("1e5"),
            &s("１２"),
            &Data::Empty,
            &s("3607**1234"),
            &s("12345678901234567890"),
        ]
    );
}

// ---- text ------------------------------------------------------------------------------

fn txt_pages(doc: &Document) -> Vec<Vec<String>> {
    let bytes = render(doc, Format::Txt, None).unwrap();
    // No byte-order mark: a printer fed the file raw would print it.
    assert!(!bytes.starts_with(b"\xEF\xBB\xBF"), "{:?}", &bytes[..3]);
    let text = String::from_utf8(bytes).unwrap();
    text.split('\u{c}')
        .map(|page| {
            let page = page.strip_suffix("\r\n").unwrap();
            page.split("\r\n").map(str::to_string).collect()
        })
        .collect()
}

#[test]
fn text_pages_have_sixty_lines_a_repeated_header_and_a_footer() {
    let pages = txt_pages(&ledger(120));
    let total = pages.len();
    assert!(total > 2, "{total} pages");
    for (n, page) in pages.iter().enumerate() {
        assert_eq!(page.len(), 60, "page {}", n + 1);
        assert_eq!(page[59].trim(), format!("第 {} 页 共 {total} 页", n + 1));
        let has_rows = page.iter().any(|l| l.contains("3607**"));
        if has_rows {
            let header = page
                .iter()
                .position(|l| l.trim_start().starts_with("序号"))
                .unwrap();
            assert!(page[header + 1].starts_with("-----"));
            assert!(!page[..header].iter().any(|l| l.contains("3607**")));
        }
        for line in page {
            assert!(
                unicode_width::UnicodeWidthStr::width(line.as_str()) <= 132,
                "{line}"
            );
        }
    }
    assert!(pages[0][0].trim() == "服务台账");
    assert!(pages[0][1].starts_with("青山镇司法所") && pages[0][1].ends_with("2026年11月29日"));
    let last = pages.last().unwrap();
    assert!(last.iter().any(|l| l.starts_with("经办人：________")));
    assert!(pages.iter().flatten().any(|l| l.contains("法律咨询：30")));
}

#[test]
fn text_of_an_empty_day_has_one_page_with_the_empty_line() {
    let pages = txt_pages(&ledger(0));
    assert_eq!(pages.len(), 1);
    assert!(pages[0].iter().any(|l| l.trim() == "本日无登记"));
    assert_eq!(pages[0][59].trim(), "第 1 页 共 1 页");
}

#[test]
fn text_columns_line_up_by_display_width() {
    let pages = txt_pages(&ledger(3));
    let header = pages[0]
        .iter()
        .find(|l| l.trim_start().starts_with("序号"))
        .unwrap();
    let row = pages[0].iter().find(|l| l.contains("3607**")).unwrap();
    let col_of = |line: &str, needle: &str| {
        let at = line.find(needle).unwrap();
        unicode_width::UnicodeWidthStr::width(&line[..at])
    };
    // The ID column starts at the same display column in the header (centred) and the row.
    let id = col_of(row, "3607**");
    let title = col_of(header, "身份证号");
    assert!(title >= id && title <= id + 18, "{header}\n{row}");
    assert!(!row.contains('\t') && !row.contains('\u{1b}'));
}

// ---- all formats ------------------------------------------------------------------------

#[test]
fn odd_documents_render_in_every_format_without_panic() {
    let mut wild = one_table(vec![
        vec!["\u{0}\u{7}\u{1b}[2J".into(); 12],
        vec![],
        vec!["x".repeat(40_000); 14],
    ]);
    wild.title = "a/b:c*?[]".into();
    wild.sections.push(Section::Table {
        caption: String::new(),
        columns: vec![],
        rows: vec![vec!["孤立".into()]],
        empty: String::new(),
    });
    wild.sections.push(Section::Text("\r\n".into()));
    let font = super::test_docs::fixture_font();
    for doc in [Document::default(), wild, ledger(1)] {
        for format in Format::ALL {
            let bytes = render(&doc, format, Some(&font));
            assert!(bytes.is_ok_and(|b| !b.is_empty()), "{format}");
        }
    }
    assert_eq!(ledger_columns().len(), 12);
}

// ---- writing files ----------------------------------------------------------------------

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn write_file_replaces_the_file_whole_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("台账.csv");
    std::fs::write(&out, b"old").unwrap();
    write_file(&ledger(2), Format::Csv, &out, None).unwrap();
    assert_eq!(
        std::fs::read(&out).unwrap(),
        render(&ledger(2), Format::Csv, None).unwrap()
    );
    assert_eq!(names_in(dir.path()), ["台账.csv"]);
}

#[test]
fn write_file_to_an_unwritable_path_is_an_io_error_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder").join("台账.txt");
    let err = write_file(&ledger(1), Format::Txt, &missing, None).unwrap_err();
    assert!(
        matches!(&err, ReportError::Io { path, .. } if path == &missing),
        "{err:?}"
    );
    assert!(err.to_string().contains("文件夹不存在"), "{err}");

    let err = write_file(&ledger(1), Format::Txt, dir.path(), None).unwrap_err();
    assert!(matches!(&err, ReportError::Io { .. }), "{err:?}");
    assert!(err.to_string().contains("文件夹"), "{err}");
    assert!(
        names_in(dir.path()).is_empty(),
        "{:?}",
        names_in(dir.path())
    );

    // A file where a folder should be.
    let file = dir.path().join("file");
    std::fs::write(&file, b"x").unwrap();
    let err = write_file(&ledger(1), Format::Csv, &file.join("out.csv"), None).unwrap_err();
    assert!(matches!(err, ReportError::Io { .. }));
    assert_eq!(names_in(dir.path()), ["file"]);
}

#[cfg(unix)]
#[test]
fn write_file_into_a_read_only_folder_is_an_io_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
    let result = write_file(&ledger(1), Format::Csv, &locked.join("out.csv"), None);
    let can_write_anyway = std::fs::write(locked.join("probe"), b"").is_ok(); // root
    if !can_write_anyway {
        assert!(matches!(result, Err(ReportError::Io { .. })));
        assert!(names_in(&locked).is_empty());
    }
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
}

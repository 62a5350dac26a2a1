//! Layout without fonts: wrapping by display width and pagination with repeated headers.

use proptest::prelude::*;

use super::layout::{
    self, Block, DisplayWidth, Item, Metrics, Page, Spec, clean, column_widths, paginate, wrap,
};
use super::test_docs::{SUMMARIES, ledger};
use super::{Col, ColKind, Document, Section};

fn widths(lines: &[String]) -> Vec<u32> {
    lines
        .iter()
        .map(|l| layout::str_width(l, &DisplayWidth))
        .collect()
}

#[test]
fn wraps_chinese_by_display_width() {
    assert_eq!(wrap("一二三四五", 4, &DisplayWidth), ["一二", "三四", "五"]);
    // An odd width never cuts a character: 5 columns hold two Chinese characters.
    assert_eq!(wrap("一二三四五", 5, &DisplayWidth), ["一二", "三四", "五"]);
    assert_eq!(wrap("ab一二", 3, &DisplayWidth), ["ab", "一", "二"]);
    assert_eq!(wrap("", 10, &DisplayWidth), [""]);
}

#[test]
fn wrap_keeps_line_breaks_and_cleans_controls() {
    assert_eq!(
        wrap("甲\r\n乙\r丙\n", 10, &DisplayWidth),
        ["甲", "乙", "丙", ""]
    );
    assert_eq!(wrap("a\tb\u{1b}[31m", 20, &DisplayWidth), ["a b?[31m"]);
    assert_eq!(clean("正常文本"), "正常文本");
}

#[test]
fn closing_punctuation_does_not_start_a_line() {
    // "，" does not fit after 一二三: 三 goes down with it.
    assert_eq!(wrap("一二三，四", 6, &DisplayWidth), ["一二", "三，四"]);
    // Alone on a line with nothing to take along, it stays where it is.
    assert_eq!(wrap("一，", 2, &DisplayWidth), ["一", "，"]);
}

#[test]
fn latin_words_move_whole_and_long_ones_break() {
    assert_eq!(
        wrap("call 12348 now", 8, &DisplayWidth),
        ["call ", "12348 ", "now"]
    );
    assert_eq!(wrap("abcdefghij", 4, &DisplayWidth), ["abcd", "efgh", "ij"]);
}

#[test]
fn combining_marks_stay_with_their_base_and_tiny_widths_make_progress() {
    assert_eq!(
        wrap("e\u{301}e\u{301}", 1, &DisplayWidth),
        ["e\u{301}", "e\u{301}"]
    );
    assert_eq!(wrap("一二", 0, &DisplayWidth), ["一", "二"]);
    assert_eq!(wrap("一二", 1, &DisplayWidth), ["一", "二"]);
}

proptest! {
    #[test]
    fn wrap_loses_nothing_and_respects_the_width(text in "\\PC{0,60}|[一二三，。ab \\n]{0,60}", max in 0u32..12) {
        let lines = wrap(&text, max, &DisplayWidth);
        let expected: String = clean(&text).chars().filter(|&c| c != '\n').collect();
        prop_assert_eq!(lines.concat(), expected);
        for (line, w) in lines.iter().zip(widths(&lines)) {
            // Only a line of one cluster (one character plus zero-width marks) may be wider.
            let bases = line.chars().filter(|&c| layout::display_width(c) > 0).count();
            prop_assert!(w <= max || bases <= 1, "{line:?} is {w} wide, max {max}");
        }
    }
}

#[test]
fn natural_widths_fill_or_shrink_text_columns_first() {
    let spec = |width, fill| Spec {
        width,
        cell_pad: 2,
        unit: 1,
        fill,
    };
    let all_text = [true; 3];
    // Fits: natural widths, or grown in proportion.
    assert_eq!(
        column_widths(&[4, 18, 30], &all_text, &[], &spec(100, false)),
        [4, 18, 30]
    );
    assert_eq!(
        column_widths(&[4, 18, 30], &all_text, &[], &spec(110, true)),
        [8, 36, 60]
    );
    // Too wide by 10: the widest column gives way.
    assert_eq!(
        column_widths(&[4, 18, 30], &all_text, &[], &spec(52, false)),
        [4, 18, 24]
    );
    // Too wide by 30: text columns shrink before the ID column, which keeps its 18 ...
    let id_fixed = [true, false, true];
    assert_eq!(
        column_widths(&[8, 18, 30], &id_fixed, &[], &spec(32 + 6, false)),
        [7, 18, 7]
    );
    // ... unless the text columns would drop below two Chinese characters.
    assert_eq!(
        column_widths(&[8, 18, 30], &id_fixed, &[], &spec(24 + 6, false)),
        [8, 8, 8]
    );
    // Much too narrow: everything is capped, nothing is zero.
    assert_eq!(
        column_widths(&[4, 18, 30], &all_text, &[], &spec(6, false)),
        [1, 1, 1]
    );
    assert!(column_widths(&[], &[], &[], &spec(10, true)).is_empty());
    // A text column holding an 11-digit phone shrinks no narrower than the phone ...
    assert_eq!(
        column_widths(&[30, 30], &all_text, &[11, 0], &spec(20 + 4, false)),
        [11, 9]
    );
    // ... unless nothing else fits: then it gives way like any text column.
    assert_eq!(
        column_widths(&[30, 30], &all_text, &[11, 11], &spec(16 + 4, false)),
        [8, 8]
    );
}

#[test]
fn a_number_in_a_narrow_column_is_not_broken() {
    let doc = Document {
        title: "t".into(),
        office: "o".into(),
        period: "p".into(),
        landscape: false,
        sections: vec![Section::Table {
            caption: String::new(),
            columns: vec![
                Col::new("备注", 6, ColKind::Text),
                Col::new("号", 4, ColKind::Id),
            ],
            rows: vec![vec![
                "请拨打12348热线或13800138000".into(),
                "360726199001011233".into(),
            ]],
            empty: String::new(),
        }],
        signatures: vec![],
    };
    let (blocks, _, _) = lay_out(&doc);
    let (_, grid) = table_block(&blocks);
    let cells = &grid.rows[0].cells;
    assert!(cells[0].contains(&"13800138000".to_string()), "{cells:?}");
    assert!(cells[0].iter().any(|l| l.contains("12348")), "{cells:?}");
    assert_eq!(cells[1], ["360726199001011233"], "{cells:?}");
}

/// Text-printer geometry: 132 columns, 58 body lines, 3 title lines.
fn text_geometry() -> (Spec, Metrics) {
    let spec = Spec {
        width: 132,
        cell_pad: 2,
        unit: 1,
        fill: false,
    };
    let metrics = Metrics {
        body: 58,
        first_top: 3,
        line: 1,
        row_pad: 0,
        header_pad: 1,
        gap: 1,
    };
    (spec, metrics)
}

/// The table block of a ledger and the pages it is laid on.
fn lay_out(doc: &Document) -> (Vec<Block>, Vec<Page>, Metrics) {
    let (spec, metrics) = text_geometry();
    let blocks = layout::build(doc, &spec, &DisplayWidth);
    let pages = paginate(&blocks, &metrics);
    (blocks, pages, metrics)
}

fn table_block(blocks: &[Block]) -> (usize, &layout::Grid) {
    blocks
        .iter()
        .enumerate()
        .find_map(|(i, b)| match b {
            Block::Grid(g) if g.header.is_some() => Some((i, g)),
            _ => None,
        })
        .unwrap()
}

#[test]
fn five_hundred_long_rows_paginate_with_a_header_on_every_page() {
    let mut doc = ledger(500);
    if let Some(Section::Table { rows, .. }) = doc.sections.first_mut() {
        for (i, row) in rows.iter_mut().enumerate() {
            row[8] = SUMMARIES[i % 4].repeat(1 + i % 3);
        }
    }
    let (blocks, pages, metrics) = lay_out(&doc);
    let (table, grid) = table_block(&blocks);
    assert!(pages.len() > 5, "{} pages", pages.len());

    let mut seen: Vec<Vec<String>> = vec![vec![String::new(); 12]; 500];
    let mut rows_started = vec![0usize; 500];
    for page in &pages {
        let table_items: Vec<&Item> = page
            .items
            .iter()
            .map(|p| &p.item)
            .filter(|i| matches!(i, Item::Header { block } | Item::Row { block, .. } if *block == table))
            .collect();
        if table_items.is_empty() {
            continue;
        }
        assert_eq!(
            table_items[0],
            &Item::Header { block: table },
            "page starts with the header"
        );
        for placed in &page.items {
            assert!(
                placed.y + placed.height <= metrics.body,
                "item inside the page"
            );
            if let Item::Row { block, row, lines } = &placed.item {
                if *block != table {
                    continue;
                }
                let r = &grid.rows[*row];
                if lines.start == 0 {
                    rows_started[*row] += 1;
                }
                let body = metrics.body - (grid.header.as_ref().unwrap().lines as u32 + 1);
                if lines.len() < r.lines {
                    assert!(
                        r.lines as u32 > body,
                        "row {row} split although it fits a page"
                    );
                }
                for (c, cell) in r.cells.iter().enumerate() {
                    let shown = lines.start.min(cell.len())..lines.end.min(cell.len());
                    for line in &cell[shown] {
                        seen[*row][c].push_str(line);
                    }
                }
            }
        }
    }
    assert!(
        rows_started.iter().all(|&n| n == 1),
        "every row placed once"
    );
    let Some(Section::Table { rows, .. }) = doc.sections.first() else {
        panic!()
    };
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let expected: String = clean(cell).chars().filter(|&ch| ch != '\n').collect();
            assert_eq!(
                seen[r][c], expected,
                "row {r} cell {c}: every character once, in order"
            );
        }
    }
}

#[test]
fn a_row_taller_than_a_page_is_split_with_the_header_repeated() {
    let mut doc = ledger(2);
    if let Some(Section::Table { rows, .. }) = doc.sections.first_mut() {
        rows[1][8] = SUMMARIES[0].repeat(40); // ~100 lines in a 30-column cell
    }
    let (blocks, pages, _) = lay_out(&doc);
    let (table, grid) = table_block(&blocks);
    let tall = grid.rows[1].lines;
    assert!(tall > 58);
    let mut parts = Vec::new();
    for page in &pages {
        let items: Vec<&Item> = page.items.iter().map(|p| &p.item).collect();
        for (k, item) in items.iter().enumerate() {
            if let Item::Row { row: 1, lines, .. } = item {
                parts.push(lines.clone());
                if lines.start > 0 {
                    let above = items[k - 1];
                    assert_eq!(
                        above,
                        &Item::Header { block: table },
                        "header above a continuation"
                    );
                }
            }
        }
    }
    assert!(parts.len() >= 2);
    assert_eq!(parts.first().unwrap().start, 0);
    assert_eq!(parts.last().unwrap().end, tall);
    assert!(
        parts.windows(2).all(|w| w[0].end == w[1].start),
        "{parts:?}"
    );
}

#[test]
fn an_empty_table_prints_its_empty_line_across_the_table() {
    let (blocks, pages, _) = lay_out(&ledger(0));
    let (table, grid) = table_block(&blocks);
    assert_eq!(grid.rows.len(), 1);
    assert!(grid.rows[0].span);
    assert_eq!(grid.rows[0].cells, vec![vec!["本日无登记".to_string()]]);
    assert_eq!(pages.len(), 1);
    let items: Vec<&Item> = pages[0].items.iter().map(|p| &p.item).collect();
    assert!(items.contains(&&Item::Header { block: table }));
}

#[test]
fn odd_tables_do_not_break_the_layout() {
    let doc = Document {
        sections: vec![
            Section::Table {
                caption: "空表".into(),
                columns: vec![],
                rows: vec![vec!["孤立的格".into()]],
                empty: String::new(),
            },
            Section::Table {
                caption: String::new(),
                columns: vec![
                    Col::new("甲", 0, ColKind::Text),
                    Col::new("乙", 3, ColKind::Number),
                ],
                rows: vec![vec![], vec!["1".into(), "2".into(), "多出的格".into()]],
                empty: String::new(),
            },
            Section::Pairs {
                caption: String::new(),
                items: vec![],
            },
            Section::Text(String::new()),
        ],
        ..Document::default()
    };
    let (blocks, pages, _) = lay_out(&doc);
    assert_eq!(pages.len(), 1);
    assert!(
        blocks
            .iter()
            .any(|b| matches!(b, Block::Grid(g) if g.rows.len() == 2))
    );
}

#[test]
fn a_caption_stays_with_its_table() {
    let (spec, mut metrics) = text_geometry();
    let mut doc = ledger(1);
    // 112 lines of text: page 2 ends three lines short, room for the caption but not the table.
    doc.sections.insert(0, Section::Text("说明".repeat(3696)));
    if let Some(Section::Table { caption, .. }) = doc.sections.get_mut(1) {
        *caption = "当日登记".into();
    }
    metrics.first_top = 0;
    let blocks = layout::build(&doc, &spec, &DisplayWidth);
    let pages = paginate(&blocks, &metrics);
    let page_of = |wanted: fn(&Item) -> bool| {
        pages
            .iter()
            .position(|p| p.items.iter().any(|i| wanted(&i.item)))
            .unwrap()
    };
    let caption = page_of(|i| matches!(i, Item::Caption { .. }));
    let header = page_of(|i| matches!(i, Item::Header { .. }));
    assert_eq!(caption, header);
    assert_eq!(caption, 2, "moved to the third page with its table");
}

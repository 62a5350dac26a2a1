//! What the grid looks like: snapshots at 80×24 and 120×40 with Chinese names of one to four
//! characters and a row in error, the cursor on the focused cell, narrow terminals and the
//! ASCII theme.

use crossterm::event::KeyCode;
use unicode_width::UnicodeWidthChar;

use super::*;

/// The screen and where the cursor is, for a snapshot.
fn shot(desk: &Desk, w: u16, h: u16) -> String {
    let (text, cursor) = desk.draw(w, h);
    format!("{text}cursor: {cursor:?}\n")
}

/// The line of the screen the cursor is on.
fn cursor_line(desk: &Desk, w: u16, h: u16) -> (String, u16) {
    let (text, cursor) = desk.draw(w, h);
    let (x, y) = cursor.expect("a cursor");
    let line = text.lines().nth(y as usize).unwrap_or_default().to_string();
    (line, x)
}

/// 100 rows, the caret halfway down, a few rows filled in and one in error.
fn hundred_rows_in_the_middle() -> Desk {
    let mut desk = Desk::checkins(100);
    desk.key(KeyCode::Tab);
    desk.keys(KeyCode::PageDown, 4);
    for i in 0..8_u32 {
        desk.key(KeyCode::Char(' '));
        desk.typed(if i.is_multiple_of(2) { "2" } else { "1.5" });
        desk.key(KeyCode::Enter);
    }
    desk.typed("30"); // row 149: over 24 hours
    desk.key(KeyCode::Enter);
    desk.key(KeyCode::Enter);
    desk.key(KeyCode::Tab);
    desk.key(KeyCode::Tab);
    desk.typed("2"); // 合格, on row 151
    desk
}

#[test]
fn snapshot_80x24_with_100_rows_scrolled_to_the_middle() {
    let desk = hundred_rows_in_the_middle();
    assert_eq!(desk.focus(), (151, "grade"));
    let text = desk.screen();
    assert!(text.contains("欧阳娜娜") && text.contains(" 单 "), "{text}");
    assert!(text.contains("学习时数：不能超过 24.0 小时"), "{text}");
    assert!(text.contains("共 100 行  已勾选 8"), "{text}");
    assert!(text.contains("第 51/100 行"), "{text}");
    let (line, x) = cursor_line(&desk, 80, 24);
    assert!(
        line.contains("合格"),
        "the cursor is on row 151's line: {line}"
    );
    assert_eq!(
        width(crate::ui::text::cut(&line, x as usize)),
        x as usize,
        "the cursor is on a character boundary"
    );
    insta::assert_snapshot!("grid_80x24", shot(&desk, 80, 24));
}

#[test]
fn snapshot_120x40_typing_a_note() {
    let mut desk = Desk::checkins(30);
    desk.key(KeyCode::F(5));
    desk.key(KeyCode::Tab);
    desk.keys(KeyCode::Down, 2);
    desk.typed("25");
    desk.key(KeyCode::Enter);
    desk.keys(KeyCode::Tab, 3);
    desk.typed("请假外出"); // not yet left: the cursor follows the typing
    let (line, x) = cursor_line(&desk, 120, 40);
    assert!(line.contains("请假外出"), "{line}");
    let before = crate::ui::text::cut(&line, x as usize);
    assert!(
        before.ends_with("请假外出"),
        "the cursor is right after the text: {line}"
    );
    insta::assert_snapshot!("grid_120x40", shot(&desk, 120, 40));
}

#[test]
fn the_cursor_moves_by_display_width() {
    let mut desk = Desk::checkins(3);
    desk.keys(KeyCode::Tab, 4);
    let (_, start) = desk.draw(80, 24);
    desk.typed("请");
    let (_, one) = desk.draw(80, 24);
    desk.typed("3");
    let (_, two) = desk.draw(80, 24);
    let x = |c: Option<(u16, u16)>| c.expect("a cursor").0;
    assert_eq!(x(one), x(start) + 2, "a Chinese character is two columns");
    assert_eq!(x(two), x(one) + 1);
}

/// A grid wider than 80 columns: a subsidy month with many columns.
fn wide_grid() -> Desk {
    let rows = (0..20)
        .map(|i| {
            GridRow::new(
                i,
                [
                    name(i as usize),
                    VILLAGES[i as usize % 3].to_string(),
                    "第三村民小组".into(),
                ],
            )
            .group(VILLAGES[i as usize % 3])
        })
        .collect();
    let grid = Grid::new(
        "安置帮教 2026年11月 过渡性生活补助",
        vec![
            Column::label("name", "姓名", 8),
            Column::label("village", "村(社区)", 8),
            Column::label("team", "村民小组", 12),
            Column::tick("paid", "已发放"),
            Column::count("period", "第几期", 6),
            Column::money("standard", "标准（元）", 100_000),
            Column::money("amount", "金额（元）", 100_000).default(Value::Fen(68_000)),
            Column::choice(
                "method",
                "发放方式",
                vec!["一卡通".into(), "现金".into(), "转账".into()],
            ),
            Column::hours("talk", "谈话时长", 100),
            Column::note("payee", "领取人（非本人时）", 10),
            Column::note("note", "备注", 30),
        ],
        rows,
    );
    Desk::new(grid, Box::new(|_, _| GridSaving::Done(None)))
}

#[test]
fn at_80_columns_label_columns_narrow_first_and_the_focused_cell_stays_visible() {
    let mut desk = wide_grid();
    let header = |desk: &Desk, w: u16| {
        desk.draw(w, 24)
            .0
            .lines()
            .nth(2)
            .unwrap_or_default()
            .to_string()
    };
    desk.keys(KeyCode::Tab, 3);
    assert_eq!(desk.focus(), (0, "amount"));
    desk.key(KeyCode::F(5));
    let text = desk.screen();
    let first = header(&desk, 80);
    for title in ["姓名", "已", "金额（元）", "备注"] {
        assert!(
            first.contains(title),
            "every column is there, narrowed: {first}"
        );
    }
    assert!(!first.contains('<') && !first.contains('>'), "{first}");
    assert!(
        text.contains("欧阳娜 ") && !text.contains("欧阳娜娜"),
        "labels narrow: {text}"
    );
    assert!(text.contains("680.00"), "values are never cut: {text}");

    // The last column, typed into: all of it in view, the cursor right after it.
    desk.keys(KeyCode::Tab, 4);
    assert_eq!(desk.focus(), (0, "note"));
    desk.typed("家属代领");
    for w in [80, 50, 30] {
        let (line, x) = cursor_line(&desk, w, 24);
        assert!(
            crate::ui::text::cut(&line, x as usize).ends_with("家属代领"),
            "{w} columns: {line}"
        );
        let top = header(&desk, w);
        assert!(
            top.contains("姓名") && top.contains("备注"),
            "{w} columns: {top}"
        );
        assert_eq!(top.contains('<'), w < 80, "{w} columns: {top}");
    }
    // Tab wraps to the next row's first cell: the view comes back.
    desk.key(KeyCode::Tab);
    assert_eq!(desk.focus(), (1, "paid"));
    assert!(header(&desk, 50).contains("已发放"));
}

#[test]
fn the_ascii_theme_draws_only_ascii_and_chinese() {
    let mut desk = hundred_rows_in_the_middle();
    desk.theme = Theme { ascii: true };
    desk.key(KeyCode::F(3)); // the filter popup too
    for (w, h) in [(80, 24), (120, 40)] {
        let (text, _) = desk.draw(w, h);
        for c in text.chars() {
            assert!(
                c.is_ascii() || c.width() == Some(2),
                "{c:?} ({:04x}) may be drawn two columns wide on an old console:\n{text}",
                c as u32
            );
        }
    }
    desk.key(KeyCode::Esc);
    insta::assert_snapshot!("grid_80x24_ascii", shot(&desk, 80, 24));
}

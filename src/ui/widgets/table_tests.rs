use super::*;

/// Rows with ids `from..to`, in that order.
fn rows(from: i64, to: i64) -> Vec<TableRow> {
    (from..to)
        .map(|id| TableRow {
            id,
            cells: vec![id.to_string()],
            dim: false,
        })
        .collect()
}

/// What the count line says.
fn count(t: &Table) -> String {
    t.count_line()
}

/// A list of `n` rows with ids 0..n, paged by 100 into a table holding 300, as ListScreen
/// drives it: after each move, the next page (or the one before) when the table wants it.
struct Pager {
    table: Table,
    n: i64,
}

impl Pager {
    fn new(n: i64) -> Pager {
        let mut table = Table::default().windowed(300);
        table.set_rows(rows(0, 100.min(n)), n > 100);
        Pager { table, n }
    }

    fn press(&mut self, action: Action) {
        match action {
            Action::First if self.table.more_before() => {
                self.table.set_rows(rows(0, 100.min(self.n)), self.n > 100);
                self.table.navigate(Action::First);
            }
            Action::Last if self.table.more_after() => {
                self.table
                    .set_last(rows((self.n - 100).max(0), self.n), self.n > 100);
            }
            other => {
                self.table.navigate(other);
            }
        }
        if self.table.wants_more() {
            let last = self.table.last_id().unwrap() + 1;
            let to = (last + 100).min(self.n);
            self.table.append(rows(last, to), to < self.n);
        } else if self.table.wants_before() {
            let first = self.table.first_id().unwrap();
            let from = (first - 100).max(0);
            self.table.prepend(rows(from, first), from > 0);
        }
    }

    fn held(&self) -> (i64, i64) {
        let r = self.table.rows();
        (r[0].id, r[r.len() - 1].id)
    }
}

#[test]
fn navigation_stays_inside_the_rows() {
    let mut t = Table::default();
    t.set_rows(rows(0, 25), true);
    assert!(!t.navigate(Action::Up));
    t.navigate(Action::PageDown);
    assert_eq!(t.selected_id(), Some(10));
    t.navigate(Action::Last);
    assert_eq!(t.selected_id(), Some(24));
    assert!(t.wants_more());
    t.append(Vec::new(), false);
    assert!(!t.wants_more());
    assert_eq!(count(&t), "共 25 条");
}

#[test]
fn an_empty_table_has_no_selection() {
    let mut t = Table::default();
    t.set_rows(Vec::new(), false);
    assert_eq!(t.selected_id(), None);
    assert!(!t.navigate(Action::Down));
}

#[test]
fn paging_down_past_the_window_drops_the_first_pages_and_back_up_reads_them_again() {
    let mut p = Pager::new(1000);
    assert_eq!(count(&p.table), "已显示 100 条，向下翻页继续");
    // 60 PgDn: row 600.
    for _ in 0..60 {
        p.press(Action::PageDown);
        assert!(
            p.table.rows().len() <= 300,
            "{} rows held",
            p.table.rows().len()
        );
    }
    assert_eq!(p.table.selected_id(), Some(600));
    let (first, last) = p.held();
    assert!(first > 300 && last < 800, "held {first}..={last}");
    assert!(p.table.more_before());
    assert_eq!(
        count(&p.table),
        format!("已显示 {} 条，向下翻页继续", last + 1)
    );
    // Back up to the top, a row at a time at the edge: every row is there on the way.
    for expected in (0..600).rev() {
        p.press(Action::Up);
        assert_eq!(p.table.selected_id(), Some(expected));
        assert!(p.table.rows().len() <= 300);
    }
    assert!(!p.table.more_before());
    assert!(p.table.more_after(), "the pages below were dropped");
    assert_eq!(p.held().0, 0);
    assert_eq!(
        count(&p.table),
        format!("已显示 {} 条，向下翻页继续", p.held().1 + 1)
    );
}

#[test]
fn paging_to_the_end_says_how_many_there_are() {
    let mut p = Pager::new(1234);
    let mut presses = 0;
    while p.table.selected_id() != Some(1233) {
        p.press(Action::PageDown);
        presses += 1;
        assert!(presses < 200);
    }
    assert!(p.table.rows().len() <= 300);
    assert_eq!(count(&p.table), "共 1234 条");
}

#[test]
fn end_holds_the_last_rows_and_home_the_first() {
    let mut p = Pager::new(48_000);
    p.press(Action::Last);
    assert_eq!(p.table.selected_id(), Some(47_999));
    assert_eq!(p.held(), (47_900, 47_999));
    assert!(!p.table.more_after());
    assert_eq!(count(&p.table), "已显示最后 100 条，向上翻页继续");
    // Up from the end reads the pages before; still at most 300 rows.
    for _ in 0..20 {
        p.press(Action::PageUp);
    }
    assert_eq!(p.table.selected_id(), Some(47_799));
    assert_eq!(p.held(), (47_700, 47_999));
    assert!(!p.table.more_after());
    for _ in 0..10 {
        p.press(Action::PageUp);
    }
    assert_eq!(p.table.selected_id(), Some(47_699));
    assert_eq!(
        p.held(),
        (47_600, 47_899),
        "the last page fell out of the window"
    );
    assert!(p.table.more_after());
    assert_eq!(count(&p.table), "已显示最后 400 条，向上翻页继续");
    p.press(Action::First);
    assert_eq!(p.table.selected_id(), Some(0));
    assert_eq!(p.held(), (0, 99));
    assert_eq!(count(&p.table), "已显示 100 条，向下翻页继续");
    // End again, and Home within what is held moves without reading.
    p.press(Action::Last);
    p.press(Action::PageUp);
    p.press(Action::Last);
    assert_eq!(p.table.selected_id(), Some(47_999));
}

#[test]
fn end_then_up_to_the_top_knows_the_whole_count() {
    let mut p = Pager::new(250);
    p.press(Action::Last);
    assert_eq!(count(&p.table), "已显示最后 100 条，向上翻页继续");
    while p.table.selected_id() != Some(0) {
        p.press(Action::PageUp);
    }
    assert_eq!(p.held(), (0, 249));
    assert_eq!(count(&p.table), "共 250 条");
}

#[test]
fn select_id_finds_a_held_row_and_rows_around_a_record_count_neither_end() {
    let mut t = Table::default().windowed(300);
    t.set_around(rows(400, 600), 100, true, true);
    assert_eq!(t.selected_id(), Some(500));
    assert_eq!(count(&t), "已显示 200 条，向上或向下翻页继续");
    assert!(t.select_id(420));
    assert_eq!(t.selected_id(), Some(420));
    assert!(!t.select_id(9), "a row not held is not selected");
    assert_eq!(t.selected_id(), Some(420));
    // Around a record near the top: the top is known.
    t.set_around(rows(0, 150), 50, false, true);
    assert_eq!(count(&t), "已显示 150 条，向下翻页继续");
}

#[test]
fn a_table_without_a_window_holds_everything() {
    let mut t = Table::default();
    t.set_rows(rows(0, 100), true);
    for page in 1..10 {
        t.append(rows(page * 100, page * 100 + 100), page < 9);
    }
    assert_eq!(t.rows().len(), 1000);
    assert_eq!(count(&t), "共 1000 条");
}

fn row(cells: &[&str]) -> TableRow {
    TableRow {
        id: 1,
        cells: cells.iter().map(|c| c.to_string()).collect(),
        dim: false,
    }
}

#[test]
fn columns_grow_on_a_wide_screen_and_cut_cells_end_with_an_ellipsis() {
    let columns = [Column::new("类型", 4), Column::new("摘要", 0)];
    let rows = [row(&["房屋宅基地纠纷", "很长的摘要"])];
    // 80 columns: the type column grows to its whole label (14), the rest is the summary.
    assert_eq!(column_widths(&columns, &rows, 80), vec![14, 65]);
    // Narrow: the least widths, and the cut label ends with …
    let narrow = column_widths(&columns, &rows, 29);
    assert_eq!(narrow, vec![4, 24]);
    let theme = Theme::default();
    assert_eq!(
        row_text(&rows[0].cells, &narrow, theme).split(' ').next(),
        Some("房…")
    );
    let ascii = Theme { ascii: true };
    assert!(row_text(&rows[0].cells, &narrow, ascii).starts_with("房~"));
}

#[test]
fn on_a_narrow_screen_the_widest_fixed_columns_give_way_to_the_flexible_one() {
    let columns = [
        Column::new("案号", 8),
        Column::new("类型", 8),
        Column::new("状态", 8),
        Column::new("当事人", 0),
    ];
    let rows = [row(&["2026-001", "邻里", "调解中", "张三 诉 李四"])];
    // 30 columns: 8+8+8 and 3 gaps leave 3 for the parties; the fixed ones give way to 12.
    let w = column_widths(&columns, &rows, 30);
    assert_eq!(w.iter().sum::<usize>() + 3, 30, "{w:?}");
    assert_eq!(w[3], 12, "{w:?}");
    assert!(w[..3].iter().all(|&x| (4..=8).contains(&x)), "{w:?}");
    // Too narrow even then: fixed columns stop at 4, nothing panics.
    let tiny = column_widths(&columns, &rows, 10);
    assert!(tiny[..3].iter().all(|&x| x == 4), "{tiny:?}");
}

#[test]
fn a_narrow_screen_leaves_out_the_least_important_columns_first() {
    let columns = [
        Column::new("案号", 8),
        Column::new("登记", 5).drops(2),
        Column::new("状态", 8),
        Column::new("调解员", 6).drops(5),
        Column::new("当事人", 0),
    ];
    let rows = vec![TableRow {
        id: 1,
        cells: ["2026-170", "12-01", "调解中", "王芳", "张三 诉 李四"]
            .map(String::from)
            .to_vec(),
        dim: false,
    }];
    let theme = Theme::default();
    // Wide enough: every column.
    assert!(column_widths(&columns, &rows, 60).iter().all(|w| *w > 0));
    // 8+5+8+6 + 4 gaps + 12 = 43 does not fit 40: 调解员 goes first, then nothing else.
    let w = column_widths(&columns, &rows, 40);
    assert_eq!(w[3], 0, "{w:?}");
    assert!(w[1] > 0, "{w:?}");
    let line = row_text(&rows[0].cells, &w, theme);
    assert!(line.starts_with("2026-170 12-01 调解中"), "{line}");
    assert!(!line.contains("王芳"), "{line}");
    // Narrower still: 登记 goes too; 案号, 状态 and 当事人 stay.
    let w = column_widths(&columns, &rows, 34);
    assert_eq!((w[1], w[3]), (0, 0), "{w:?}");
    assert!(w[0] >= 8 && w[2] >= 6 && w[4] >= 12, "{w:?}");
}

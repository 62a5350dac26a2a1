//! Moving, typing, ticking, filling, filtering and leaving, key by key.

use crate::ui::layer::Command;
use crossterm::event::KeyCode;

use super::*;
use crate::ui::action::Action;
use crate::ui::keymap::Mode;

#[test]
fn twenty_five_rows_are_filled_by_space_and_digits() {
    let mut desk = Desk::checkins(25);
    assert_eq!(
        desk.focus(),
        (101, "reported"),
        "the caret starts on the first cell"
    );
    desk.key(KeyCode::Tab);
    assert_eq!(desk.focus(), (101, "study"));
    // Three keys a row: tick, hours, next row.
    let hours = |i: usize| {
        if i.is_multiple_of(5) {
            "1.5".to_string()
        } else {
            (i % 12 + 1).to_string()
        }
    };
    for i in 0..25 {
        desk.key(KeyCode::Char(' '));
        desk.typed(&hours(i));
        desk.key(KeyCode::Enter);
    }
    assert!(desk.screen().contains("共 25 行  已勾选 25"));
    desk.key(KeyCode::F(10));
    assert_eq!(desk.closed, Some(Some(LayerResult::Saved)));
    assert_eq!(desk.status, "已保存 25 行");
    let written: Vec<(i64, bool, i64)> = inspect::rows(
        &desk.store,
        "SELECT person_id, reported, study_tenths FROM grid_checkins ORDER BY person_id",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .expect("rows");
    assert_eq!(written.len(), 25);
    for (i, (id, reported, tenths)) in written.into_iter().enumerate() {
        let want = if i.is_multiple_of(5) {
            15
        } else {
            (i as i64 % 12 + 1) * 10
        };
        assert_eq!(
            (id, reported, tenths),
            (101 + i as i64, true, want),
            "row {i}"
        );
    }
}

#[test]
fn tab_and_enter_move_between_cells_and_rows() {
    let mut desk = Desk::checkins(25);
    for want in ["study", "talks", "grade", "note"] {
        desk.key(KeyCode::Tab);
        assert_eq!(desk.focus(), (101, want));
    }
    desk.key(KeyCode::Tab);
    assert_eq!(
        desk.focus(),
        (102, "reported"),
        "Tab after the last cell: the next row"
    );
    desk.key(KeyCode::BackTab);
    assert_eq!(
        desk.focus(),
        (101, "note"),
        "Shift+Tab goes back over the row's end"
    );
    desk.key(KeyCode::Enter);
    desk.key(KeyCode::Enter);
    assert_eq!(desk.focus(), (103, "note"), "Enter keeps the column");
    desk.key(KeyCode::Up);
    assert_eq!(desk.focus(), (102, "note"));
    desk.key(KeyCode::Left);
    assert_eq!(
        desk.focus(),
        (102, "grade"),
        "← leaves a note for the cell before"
    );
    assert!(!desk.grid().is_dirty(), "moving changes nothing");
    desk.key(KeyCode::Right);
    assert_eq!(
        desk.focus(),
        (102, "grade"),
        "→ in a choice changes the choice"
    );
    assert_eq!(desk.value(102, "grade"), Value::Choice(0));
    desk.keys(KeyCode::BackTab, 3);
    assert_eq!(desk.focus(), (102, "reported"));
    desk.key(KeyCode::Left);
    assert_eq!(
        desk.focus(),
        (102, "reported"),
        "label columns are never focused"
    );
    desk.key(KeyCode::End);
    assert_eq!(desk.focus(), (125, "reported"));
    desk.key(KeyCode::Enter);
    assert_eq!(
        desk.focus(),
        (125, "reported"),
        "Enter on the last row stays"
    );
    desk.key(KeyCode::Home);
    desk.key(KeyCode::PageDown);
    assert_eq!(desk.focus(), (111, "reported"));
    desk.key(KeyCode::PageUp);
    assert_eq!(desk.focus(), (101, "reported"));
}

#[test]
fn typing_replaces_the_value_and_backspace_edits_it() {
    let rows = vec![
        GridRow::new(1, ["张三", "石桥村"]).value("study", Value::Tenths(25)),
        GridRow::new(2, ["李四", "石桥村"]).value("study", Value::Tenths(40)),
    ];
    let mut desk = Desk::new(checkin_grid(rows), save_checkins());
    desk.key(KeyCode::Tab);
    assert!(desk.screen().contains("2.5"));
    desk.typed("3");
    assert_eq!(
        desk.value(1, "study"),
        Value::Tenths(25),
        "checked when the caret leaves"
    );
    desk.key(KeyCode::Enter);
    assert_eq!(
        desk.value(1, "study"),
        Value::Tenths(30),
        "the first digit replaced 2.5"
    );
    desk.key(KeyCode::Backspace);
    desk.typed("2");
    desk.key(KeyCode::Up);
    assert_eq!(desk.value(2, "study"), Value::Tenths(42), "4.0 → 4. → 4.2");
    desk.key(KeyCode::Delete);
    assert_eq!(desk.value(1, "study"), Value::Empty);
    // Full-width digits from the input method count as digits.
    desk.typed("１．５");
    desk.key(KeyCode::Tab);
    assert_eq!(desk.value(1, "study"), Value::Tenths(15));
    desk.typed("12");
    desk.key(KeyCode::Tab);
    assert_eq!(desk.value(1, "talks"), Value::Count(12));
    assert!(desk.grid().is_dirty());
}

#[test]
fn a_choice_takes_digits_pinyin_and_arrows_and_a_tick_takes_one_and_zero() {
    let mut desk = Desk::checkins(3);
    desk.keys(KeyCode::Tab, 3);
    assert_eq!(desk.focus(), (101, "grade"));
    let grade = |desk: &Desk| desk.value(101, "grade");
    desk.typed("3");
    assert_eq!(grade(&desk), Value::Choice(2), "3 → 不合格");
    desk.typed("hg");
    assert_eq!(grade(&desk), Value::Choice(1), "hg → 合格");
    desk.typed("b");
    assert_eq!(
        grade(&desk),
        Value::Choice(2),
        "hgb matches nothing: b → 不合格"
    );
    desk.key(KeyCode::Right);
    assert_eq!(grade(&desk), Value::Choice(0), "→ wraps to 良好");
    desk.key(KeyCode::Left);
    assert_eq!(grade(&desk), Value::Choice(2));
    desk.typed("合");
    assert_eq!(
        grade(&desk),
        Value::Choice(1),
        "a character jumps to a label with it"
    );
    desk.key(KeyCode::Delete);
    assert_eq!(grade(&desk), Value::Empty);
    desk.typed("２");
    assert_eq!(grade(&desk), Value::Choice(1), "a full-width digit");

    desk.keys(KeyCode::BackTab, 3);
    assert_eq!(desk.focus(), (101, "reported"));
    desk.typed("1");
    assert_eq!(desk.value(101, "reported"), Value::Tick(true));
    desk.typed("0");
    assert_eq!(desk.value(101, "reported"), Value::Tick(false));
    // Space ticks the row wherever the caret is, even in a note.
    desk.keys(KeyCode::Tab, 4);
    assert_eq!(desk.focus(), (101, "note"));
    desk.key(KeyCode::Char(' '));
    assert_eq!(desk.value(101, "reported"), Value::Tick(true));
    desk.key(KeyCode::Char('\u{3000}'));
    assert_eq!(
        desk.value(101, "reported"),
        Value::Tick(false),
        "a full-width space from the input method ticks too"
    );
    desk.typed("请假");
    desk.key(KeyCode::Enter);
    assert_eq!(desk.value(101, "note"), Value::Text("请假".into()));
}

#[test]
fn fill_column_and_filter_by_village() {
    let mut desk = Desk::checkins(25);
    desk.key(KeyCode::Tab);
    desk.key(KeyCode::F(3));
    assert_eq!(desk.mode(), Mode::Menu);
    let popup = desk.screen();
    assert!(popup.contains("按村（社区）筛选"), "{popup}");
    assert!(popup.contains("1. 全部（25 行）"), "{popup}");
    assert!(popup.contains("2. 石桥村（9 行）"), "{popup}");
    assert!(popup.contains("3. 东风社区（8 行）"), "{popup}");
    desk.typed("3");
    assert_eq!(desk.mode(), Mode::Grid);
    assert_eq!(desk.grid().filter(), Some("东风社区"));
    assert_eq!(desk.focus(), (102, "study"), "the first shown row");
    let text = desk.screen();
    assert!(text.contains("显示 8/25 行"), "{text}");
    assert!(text.contains("筛选：东风社区"), "{text}");
    assert!(!text.contains("石桥村"), "{text}");

    desk.key(KeyCode::F(5));
    assert_eq!(desk.status, "已将显示的 8 行的「学习时数」填为 12.0");
    desk.key(KeyCode::Esc);
    assert_eq!(desk.grid().filter(), None, "Esc takes the filter away");
    assert!(
        desk.closed.is_none() && desk.mode() == Mode::Grid,
        "and nothing else"
    );
    assert_eq!(desk.focus(), (102, "study"), "the caret stays on its row");
    assert!(desk.screen().contains("共 25 行"));
    for row in desk.grid().rows() {
        let filled = VILLAGES[(row.id() - 101) as usize % 3] == "东风社区";
        assert_eq!(row.tenths("study").is_some(), filled, "row {}", row.id());
    }

    desk.key(KeyCode::Tab);
    desk.key(KeyCode::F(5));
    assert_eq!(desk.status, "这一列没有默认值，不能整列填入");
    assert!(desk.grid().rows().all(|r| r.count("talks").is_none()));
    desk.key(KeyCode::BackTab);
    desk.key(KeyCode::BackTab);
    desk.key(KeyCode::F(5));
    assert_eq!(
        desk.grid().ticked(),
        Some(25),
        "a tick column fills with ticks"
    );

    // F3, then Esc in the popup: nothing filtered.
    desk.key(KeyCode::F(3));
    desk.key(KeyCode::Esc);
    assert_eq!((desk.mode(), desk.grid().filter()), (Mode::Grid, None));
}

#[test]
fn esc_without_changes_closes_at_once() {
    let mut desk = Desk::checkins(5);
    desk.key(KeyCode::Down);
    desk.key(KeyCode::Esc);
    assert_eq!(desk.closed, Some(None));
    assert_eq!(desk.written(), 0);
}

#[test]
fn esc_with_changes_asks_before_discarding() {
    let mut desk = Desk::checkins(5);
    desk.key(KeyCode::Tab);
    desk.typed("3"); // still in the cell: a change all the same
    desk.key(KeyCode::Esc);
    assert_eq!(desk.mode(), Mode::Confirm);
    assert!(
        desk.screen()
            .contains("表格有未保存的修改，放弃这些修改吗？")
    );
    desk.key(KeyCode::Esc); // no: back to the grid, the value kept
    assert_eq!(desk.mode(), Mode::Grid);
    assert_eq!(desk.value(101, "study"), Value::Tenths(30));
    desk.key(KeyCode::Esc);
    desk.key(KeyCode::Enter); // yes
    assert_eq!(desk.closed, Some(None));
    assert_eq!(desk.status, "已取消，未保存");
    assert_eq!(desk.written(), 0);
}

#[test]
fn ctrl_s_saves_and_the_key_line_offers_only_what_applies() {
    let mut desk = Desk::checkins(4);
    let offers = |desk: &Desk, a: Action| {
        Command::resolve(&desk.screen.commands(), Mode::Grid, a).is_some_and(|c| c.enabled)
    };
    assert!(
        offers(&desk, Action::FillColumn),
        "a tick column has a default"
    );
    assert!(offers(&desk, Action::Filter), "three villages");
    assert!(!offers(&desk, Action::New) && !offers(&desk, Action::Print));
    desk.keys(KeyCode::Tab, 2);
    assert!(!offers(&desk, Action::FillColumn), "谈话 has no default");
    let one_village = vec![GridRow::new(1, ["张三", "石桥村"]).group("石桥村")];
    let mut single = Desk::new(checkin_grid(one_village), save_checkins());
    assert!(!offers(&single, Action::Filter));
    single.key(KeyCode::F(3));
    assert_eq!(single.status, "各行同属一组，无需筛选");

    // F1 lists the grid's keys, from the same keymap.
    let help = crate::ui::widgets::help::Help::new(Mode::Grid, &desk.screen.commands());
    let entries: Vec<(&str, &str)> = help
        .entries()
        .iter()
        .map(|(k, d, _)| (k.as_str(), d.as_str()))
        .collect();
    for entry in [
        ("Space", "勾选本行"),
        ("F5", "整列填默认值"),
        ("F3 / Ctrl+F", "按村（社区）筛选"),
        ("F10 / Ctrl+S", "保存"),
        ("Enter", "下一行（同一列）"),
    ] {
        assert!(entries.contains(&entry), "{entry:?} in {entries:?}");
    }

    desk.key(KeyCode::Char(' '));
    desk.ctrl('s');
    assert_eq!(desk.closed, Some(Some(LayerResult::Saved)));
    assert_eq!(desk.written(), 4);
}

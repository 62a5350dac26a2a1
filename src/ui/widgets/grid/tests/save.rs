//! F10: bad cells stop the save at their row; the owner saves every row in one transaction
//! or none; a refused row says why under itself.

use crossterm::event::KeyCode;

use super::*;
use crate::ui::keymap::Mode;

#[test]
fn bad_cells_are_marked_in_their_rows_and_nothing_is_saved() {
    let mut desk = Desk::checkins(25);
    desk.key(KeyCode::Tab);
    desk.keys(KeyCode::Down, 3);
    desk.typed("30"); // over 24 hours
    desk.key(KeyCode::Enter);
    assert_eq!(desk.focus(), (105, "study"), "the caret moves on");
    desk.key(KeyCode::Tab);
    desk.typed("3人");
    desk.key(KeyCode::Enter);
    let text = desk.screen();
    assert!(text.contains("学习时数：不能超过 24.0 小时"), "{text}");
    assert!(text.contains("谈话：数量只能写整数，如 3"), "{text}");
    assert!(text.contains("!  王五"), "row 104 is marked: {text}");
    assert_eq!(
        desk.value(104, "study"),
        Value::Empty,
        "a bad value is not taken"
    );

    // Filter the bad rows away, go to the end and save: nothing is written, the filter goes
    // and the caret lands on the first bad cell.
    desk.key(KeyCode::F(3));
    desk.typed("4"); // 新田村: rows 103, 106 …
    desk.key(KeyCode::End);
    desk.key(KeyCode::F(10));
    assert_eq!(desk.written(), 0);
    assert!(desk.closed.is_none());
    assert_eq!(desk.status, "有 2 行有错误，未保存；光标已移到第一处");
    assert_eq!(desk.grid().filter(), None);
    assert_eq!(desk.focus(), (104, "study"));

    desk.typed("3"); // replaces the bad text
    desk.key(KeyCode::Down);
    desk.key(KeyCode::Tab);
    desk.key(KeyCode::Backspace); // 3人 → 3
    desk.key(KeyCode::F(10));
    assert_eq!(desk.closed, Some(Some(LayerResult::Saved)));
    assert_eq!(desk.written(), 25);
    let (study, talks): (i64, i64) = inspect::row(
        &desk.store,
        "SELECT (SELECT study_tenths FROM grid_checkins WHERE person_id = 104),
                (SELECT talks FROM grid_checkins WHERE person_id = 105)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .expect("the saved rows");
    assert_eq!((study, talks), (30, 3));
}

#[test]
fn f10_saves_every_row_with_every_kind_of_cell() {
    let mut desk = Desk::checkins(25);
    desk.key(KeyCode::F(5)); // all reported
    desk.key(KeyCode::Tab);
    desk.key(KeyCode::F(5)); // 12.0 hours each
    desk.typed("7.5");
    desk.key(KeyCode::Tab);
    desk.typed("2");
    desk.key(KeyCode::Tab);
    desk.key(KeyCode::F(5)); // 合格 for all
    desk.typed("l"); // 良好 for the first
    desk.key(KeyCode::Tab);
    desk.typed("外出务工");
    desk.key(KeyCode::F(10));
    assert_eq!(desk.closed, Some(Some(LayerResult::Saved)));
    assert_eq!(desk.written(), 25);
    let first: (bool, i64, i64, i64, String) = inspect::row(
        &desk.store,
        "SELECT reported, study_tenths, talks, grade, note FROM grid_checkins
         WHERE person_id = 101",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
    )
    .expect("row 101");
    assert_eq!(first, (true, 75, 2, 0, "外出务工".to_string()));
    let others = inspect::count(
        &desk.store,
        "SELECT count(*) FROM grid_checkins WHERE reported = 1 AND study_tenths = 120
           AND talks IS NULL AND grade = 1 AND note IS NULL",
        [],
    )
    .expect("a count");
    assert_eq!(others, 24);
}

#[test]
fn a_row_the_store_refuses_leaves_no_row_written() {
    let mut desk = Desk::checkins(25);
    desk.key(KeyCode::F(5));
    desk.keys(KeyCode::Tab, 2);
    desk.keys(KeyCode::Down, 12);
    desk.typed("25"); // the grid takes up to 31, the table no more than 20
    desk.key(KeyCode::Home);
    desk.key(KeyCode::F(10));
    assert_eq!(
        desk.written(),
        0,
        "rows 101…112 were written before 113 failed, and rolled back with it"
    );
    assert!(desk.closed.is_none());
    assert_eq!(
        desk.status,
        "有 1 行未能保存，整表都没有保存；原因写在各行下面"
    );
    assert_eq!(desk.focus().0, 113, "the caret is on the refused row");
    assert_eq!(
        desk.grid().row_error(113).as_deref(),
        Some("谈话次数超过本所上限 20")
    );
    assert!(desk.screen().contains("谈话次数超过本所上限 20"));

    desk.key(KeyCode::Backspace); // 25 → 2: the row's message goes with the edit
    assert_eq!(desk.grid().row_error(113), None);
    desk.key(KeyCode::F(10));
    assert_eq!(desk.written(), 25);
}

#[test]
fn a_save_that_fails_as_a_whole_says_why_and_keeps_the_grid() {
    let failing: GridSaveFn = Box::new(|_, _| GridSaving::Failed("磁盘已满，未保存".into()));
    let mut desk = Desk::new(checkin_grid(rows(3)), failing);
    desk.key(KeyCode::Char(' '));
    desk.key(KeyCode::F(10));
    assert_eq!(desk.mode(), Mode::Popup);
    assert!(desk.screen().contains("磁盘已满，未保存"));
    desk.key(KeyCode::Enter);
    assert_eq!(desk.mode(), Mode::Grid);
    assert!(desk.closed.is_none() && desk.grid().is_dirty());
    assert_eq!(desk.value(101, "reported"), Value::Tick(true));
}

#[test]
fn an_empty_grid_says_so_and_saves_nothing() {
    let mut desk = Desk::checkins(0);
    assert!(desk.screen().contains("（没有要录入的行）"));
    desk.key(KeyCode::Char(' '));
    desk.key(KeyCode::Down);
    desk.typed("3");
    desk.key(KeyCode::F(5));
    assert!(!desk.grid().is_dirty());
    desk.key(KeyCode::Esc);
    assert_eq!(desk.closed, Some(None));
}

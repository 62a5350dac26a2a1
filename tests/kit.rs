//! The shared pieces every tab stands on, as a person meets them: the key line and F1 help made
//! from the screen's commands, the filter mark and Esc, a note field of wrapped Chinese, a
//! multi-choice that wraps, the clock passing midnight; and snapshots of each at 80×24 and
//! 120×40.

mod common;

use chrono::TimeDelta;
use common::*;
use crossterm::event::KeyCode;
use sifa_desk::ui::App;

fn ledger_app() -> App {
    let mut app = app();
    key(&mut app, KeyCode::Char('5'));
    app
}

/// F2 in the ledger, a visitor typed as a name only, the `matter`-th 事项类别, a summary, F10.
fn add_entry(app: &mut App, who: &str, matter: char, summary: &str) {
    key(app, KeyCode::F(2));
    for _ in 0..3 {
        key(app, KeyCode::Tab);
    }
    typed(app, who);
    key(app, KeyCode::Tab);
    key(app, KeyCode::Tab);
    key(app, KeyCode::Char(matter));
    key(app, KeyCode::Tab);
    typed(app, summary);
    key(app, KeyCode::F(10));
}

/// The bottom line of the screen (the key hints).
fn key_line(app: &App) -> String {
    screen(app).lines().last().unwrap_or_default().to_string()
}

#[test]
fn the_key_line_and_the_help_say_what_each_key_does_on_this_screen() {
    let mut app = app();
    let line = key_line(&app);
    assert!(
        line.contains("F2 登记纠纷") && line.contains("F3 筛选"),
        "{line}"
    );
    assert!(
        !line.contains("Enter"),
        "nothing to open in an empty register: {line}"
    );
    assert!(!line.contains("F4"), "no actions in the register: {line}");
    key(&mut app, KeyCode::F(1));
    let help = screen(&app);
    assert!(help.contains("登记纠纷") && help.contains("F9") && help.contains("F12"));
    assert!(!help.contains("F4 "), "{help}");
    key(&mut app, KeyCode::Esc);

    // The ledger says its own words for the same keys.
    key(&mut app, KeyCode::Char('5'));
    assert!(key_line(&app).contains("F2 登记来访"));

    // A tab not open yet offers only the shell's keys, in the help too.
    key(&mut app, KeyCode::Char('4'));
    assert!(!key_line(&app).contains("F2"));
    assert!(!key_line(&app).contains("Esc"), "nothing to go back from");
    key(&mut app, KeyCode::F(1));
    let help = screen(&app);
    assert!(!help.contains("F2") && help.contains("F12"), "{help}");
}

#[test]
fn a_filter_is_marked_in_the_header_and_esc_clears_it() {
    let mut app = ledger_app();
    assert!(!screen(&app).contains("已筛选"));
    key(&mut app, KeyCode::F(3));
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "张");
    key(&mut app, KeyCode::F(10));
    let text = screen(&app);
    assert!(text.contains("（已筛选，Esc 清除）"), "{text}");
    assert!(key_line(&app).contains("Esc 清除筛选"));
    key(&mut app, KeyCode::Esc);
    assert!(!screen(&app).contains("已筛选"));
    assert_eq!(app.depth(), 0, "Esc on a tab clears, it does not close");
}

#[test]
fn a_full_key_line_keeps_the_screens_own_keys_and_drops_f12_first() {
    let mut app = ledger_app();
    add_entry(&mut app, "张三", '1', "咨询");
    key(&mut app, KeyCode::F(3));
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "张");
    key(&mut app, KeyCode::F(10));
    let line = key_line(&app);
    assert!(
        line.contains("Enter 修改") && line.contains("F8 作废"),
        "{line}"
    );
    assert!(line.contains("Esc 清除筛选"), "{line}");
    assert!(!line.contains("F12"), "F12 gives way at 80 columns: {line}");
    assert!(
        draw(&app, 120, 40)
            .0
            .lines()
            .last()
            .unwrap_or_default()
            .contains("F12 设置")
    );
}

#[test]
fn a_note_wraps_chinese_and_arrows_move_between_its_lines() {
    let mut app = ledger_app();
    key(&mut app, KeyCode::F(2));
    for _ in 0..6 {
        key(&mut app, KeyCode::Tab);
    }
    // 事项摘要: 60 characters wrap over several lines at 80 columns.
    let summary = "申请人称其在某建筑工地务工三个月，工头以工程款未结清为由拖欠工资共计一万二千元，多次催要无果，现请求司法所帮助协调";
    typed(&mut app, summary);
    let (text, cursor) = draw(&app, 80, 24);
    let lines: Vec<&str> = text.lines().filter(|l| l.contains("工")).collect();
    assert!(lines.len() >= 2, "wrapped over lines: {text}");
    // The caret sits after the last character typed, on the note's last line.
    let (x, y) = cursor.unwrap();
    let row = text.lines().nth(y as usize).unwrap();
    assert!(row.contains("协调"), "{row}");
    let before: String = row.chars().take_while(|c| *c != '调').collect();
    assert_eq!(
        x as usize,
        unicode_width::UnicodeWidthStr::width(before.as_str()) + 2,
        "the caret is just after 调"
    );
    // ↑ moves up a line inside the note, not to the field above; ↓ comes back.
    key(&mut app, KeyCode::Up);
    let (_, up) = draw(&app, 80, 24);
    assert_eq!(up.unwrap().1, y - 1);
    key(&mut app, KeyCode::Down);
    assert_eq!(draw(&app, 80, 24).1.unwrap().1, y);
    // Enter still goes to the next field.
    key(&mut app, KeyCode::Enter);
    assert_ne!(draw(&app, 80, 24).1.unwrap().1, y);
    insta::assert_snapshot!("note_wrapped_80x24", draw(&app, 80, 24).0);
    insta::assert_snapshot!("note_wrapped_120x40", draw(&app, 120, 40).0);
}

#[test]
fn an_error_shows_under_its_field() {
    let mut app = ledger_app();
    key(&mut app, KeyCode::F(2));
    key(&mut app, KeyCode::F(10)); // nothing typed: 来访人 and 事项摘要 are required
    let text = screen(&app);
    assert!(text.contains("必填"), "{text}");
    insta::assert_snapshot!("form_error_80x24", text);
    insta::assert_snapshot!("form_error_120x40", draw(&app, 120, 40).0);
}

#[test]
fn a_long_multi_choice_wraps_and_ticks_by_digit_and_space() {
    let mut app = ledger_app();
    key(&mut app, KeyCode::F(2));
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "2 5 ");
    let text = draw(&app, 60, 20).0;
    // 特殊群体 wraps at a narrow width instead of running off the side.
    let rows: Vec<&str> = text.lines().filter(|l| l.contains("[")).collect();
    assert!(rows.len() >= 2, "{text}");
    assert!(text.contains("[x]2") && text.contains("[x]5"), "{text}");
}

#[test]
fn past_midnight_the_date_and_todays_list_move_on_without_a_key() {
    let mut app = ledger_app();
    add_entry(&mut app, "匿名", '1', "咨询");
    assert!(
        screen(&app).contains("2026-11-29 共 1 条"),
        "{}",
        screen(&app)
    );
    // The loop sleeps until the app's next timer: midnight.
    assert_eq!(
        app.next_timer(),
        today().succ_opt().unwrap().and_hms_opt(0, 0, 0).unwrap()
    );
    assert!(
        !app.advance_clock(TimeDelta::hours(1)),
        "nothing moves at 11:30"
    );
    assert!(app.advance_clock(TimeDelta::hours(13)));
    let text = screen(&app);
    assert!(text.contains("| 2026-11-30 |"), "{text}");
    assert!(text.contains("今天还没有登记"), "{text}");
}

#[test]
fn snapshots_of_the_ledger_the_help_and_the_ascii_theme() {
    let mut app = ledger_app();
    insta::assert_snapshot!("ledger_empty_80x24", draw(&app, 80, 24).0);
    for (who, summary) in [
        ("单", "咨询离婚财产分割"),
        ("欧阳娜娜", "邻里排水沟纠纷，要求调解"),
    ] {
        add_entry(&mut app, who, '3', summary);
    }
    insta::assert_snapshot!("ledger_80x24", draw(&app, 80, 24).0);
    insta::assert_snapshot!("ledger_120x40", draw(&app, 120, 40).0);
    key(&mut app, KeyCode::F(1));
    insta::assert_snapshot!("help_ledger_80x24", draw(&app, 80, 24).0);
    insta::assert_snapshot!("help_ledger_120x40", draw(&app, 120, 40).0);
    key(&mut app, KeyCode::Esc);
    // 设置 → 显示与打印 → 边框样式 ASCII.
    key(&mut app, KeyCode::F(12));
    for _ in 0..5 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::F(10));
    key(&mut app, KeyCode::Esc);
    let ascii = draw(&app, 80, 24).0;
    assert!(!ascii.contains('─') && !ascii.contains('…'), "{ascii}");
    insta::assert_snapshot!("ledger_ascii_80x24", ascii);
}

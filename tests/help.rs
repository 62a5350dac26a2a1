//! F1 in a form lists only the keys that work in that form, and says how choices are made
//! (issue 11, item 11).

mod common;

use common::{app, key, screen};
use crossterm::event::KeyCode;

fn help_of(app: &mut sifa_desk::ui::App) -> String {
    key(app, KeyCode::F(1));
    let help = common::draw(app, 120, 40).0;
    key(app, KeyCode::Esc);
    help
}

#[test]
fn form_help_lists_f2_only_with_a_person_field_and_explains_choosing() {
    let mut app = app();
    // 设置 → 司法所信息: text fields only.
    key(&mut app, KeyCode::F(12));
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app).contains("司法所名称"), "{}", screen(&app));
    let help = help_of(&mut app);
    assert!(!help.contains("F2"), "no person field, no F2\n{help}");
    assert!(!help.contains("拼音首字母"), "no choice field\n{help}");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    // The dispute intake: person fields and choices.
    key(&mut app, KeyCode::Char('1'));
    key(&mut app, KeyCode::F(2));
    let help = help_of(&mut app);
    for line in ["F2", "按序号选第几项", "按拼音首字母", "勾选或取消"] {
        assert!(help.contains(line), "{line}\n{help}");
    }
}

#[test]
fn a_search_form_says_f10_finds() {
    let mut app = app();
    for tab in ['1', '3', '5'] {
        key(&mut app, KeyCode::Char(tab));
        key(&mut app, KeyCode::F(3));
        let line = screen(&app);
        let keys = line.lines().last().unwrap_or_default().to_string();
        assert!(keys.contains("F10 查找"), "tab {tab}: {keys}");
        key(&mut app, KeyCode::Esc);
    }
}

//! Form widget tests: field checks, choices, scrolling.

use super::*;
use crate::ui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn type_text(form: &mut Form, text: &str) {
    for c in text.chars() {
        form.handle(&Input::Char(c));
    }
}

fn next(form: &mut Form) -> FormEvent {
    form.handle(&Input::Action(Action::NextField))
}

#[test]
fn money_and_number_fields_check_what_was_typed() {
    let mut form = Form::new(
        "t",
        vec![
            Field::money("amount", "金额"),
            Field::number("people", "人数"),
        ],
    );
    for (typed, ok) in [
        ("1200.50", true),
        ("-3", false),
        ("1.234", false),
        ("abc", false),
    ] {
        form.set_text("amount", typed);
        form.handle(&Input::Action(Action::Save));
        assert_eq!(form.error("amount").is_none(), ok, "{typed}");
    }
    form.set_text("amount", "12");
    next(&mut form);
    type_text(&mut form, "3人");
    assert_eq!(next(&mut form), FormEvent::Left("people".into()));
    assert!(form.error("people").is_some());
}

#[test]
fn a_choice_jumps_by_digit_initials_and_character() {
    let labels = ["汉族", "回族", "畲族", "其他"].map(String::from).to_vec();
    let mut form = Form::new("t", vec![Field::choice("e", "民族", labels, false)]);
    assert_eq!(form.choice_label("e"), "汉族");
    form.handle(&Input::Char('3'));
    assert_eq!(form.choice_label("e"), "畲族");
    form.handle(&Input::Char('h'));
    form.handle(&Input::Char('u'));
    assert_eq!(
        form.choice_label("e"),
        "回族",
        "h → 汉族 (hz), hu → 回族 (huizu)"
    );
    form.handle(&Input::Char('其'));
    assert_eq!(form.choice_label("e"), "其他");
    form.handle(&Input::Action(Action::Right));
    assert_eq!(form.choice_label("e"), "汉族", "wraps around");
    assert!(form.is_dirty());
}

#[test]
fn a_long_form_scrolls_to_keep_the_focus_visible() {
    let fields: Vec<Field> = (0..30)
        .map(|i| Field::text(["a", "b", "c"][i % 3], "字段", 10).value(&i.to_string()))
        .collect();
    let mut form = Form::new("长表单", fields);
    for _ in 0..25 {
        next(&mut form);
    }
    let mut terminal = Terminal::new(TestBackend::new(40, 12)).unwrap();
    terminal
        .draw(|f| {
            let area = f.area();
            form.render(f, area, Theme::default());
        })
        .unwrap();
    let text: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect::<String>()
        .replace(' ', "");
    assert!(text.contains("字段25"), "the focused field is on screen");
    assert!(!text.contains("字段0"), "the first field scrolled away");
    assert!(text.contains("还有4项"), "{text}");
}

#[test]
fn a_long_error_wraps_under_its_field_instead_of_being_cut() {
    let mut form = Form::new("t", vec![Field::text("phone", "电话", 20)]);
    let message = "电话号码格式不对：手机号应为1开头的11位数字，座机为区号-号码，如0797-1234567";
    form.set_error("phone", message);
    let mut terminal = Terminal::new(TestBackend::new(40, 12)).unwrap();
    terminal
        .draw(|f| {
            let area = f.area();
            form.render(f, area, Theme::default());
        })
        .unwrap();
    let text: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect::<String>()
        .replace([' ', '│'], "");
    assert!(text.contains("0797-1234567"), "{text}");
}

#[test]
fn a_long_multi_choice_jumps_by_two_digits_and_space_ticks() {
    let labels: Vec<String> = (1..=12).map(|i| format!("第{i}项")).collect();
    let mut form = Form::new("t", vec![Field::multi("m", "多选", labels)]);
    type_text(&mut form, "1 2 ");
    assert_eq!(form.picked("m"), vec![0, 1], "1 and 2, not 12");
    type_text(&mut form, "12 ");
    assert_eq!(
        form.picked("m"),
        vec![0, 1, 11],
        "12 typed together is the twelfth"
    );
    // No label's pinyin starts with q: the highlight stays on the twelfth, Space unticks it.
    type_text(&mut form, "q ");
    assert_eq!(form.picked("m"), vec![0, 1]);
    // 13 is past the end: the 3rd.
    type_text(&mut form, "13 ");
    assert_eq!(form.picked("m"), vec![0, 1, 2]);
}

#[test]
fn a_note_moves_by_lines_and_never_skips_a_short_one() {
    // 10 columns for the value: "0123456789" / "abc甲乙丙" (9 columns) / "丁".
    let mut form = Form::new("t", vec![Field::note("n", "摘要", 100)]);
    type_text(&mut form, "0123456789abc甲乙丙丁");
    let value_w = 10;
    // Width so that the value column is 10: 2 borders + label (4+2) + 1 space.
    form.set_width((value_w + 2 + 6 + 1) as u16);
    form.handle(&Input::Action(Action::LineStart));
    for _ in 0..9 {
        form.handle(&Input::Action(Action::Right));
    }
    // Column 9 of line 0; ↓ goes to line 1 (its end, before 丙's successor), not line 2.
    assert_eq!(
        form.handle(&Input::Action(Action::Down)),
        FormEvent::Changed
    );
    let f = form.field("n").unwrap();
    assert!(
        f.input.caret() < 16,
        "caret {} is still on line 1",
        f.input.caret()
    );
}

#[test]
fn backspace_unticks_one_entry_and_moving_the_highlight_is_no_change() {
    let labels: Vec<String> = ["老年人", "残疾人", "未成年人"].map(String::from).to_vec();
    let mut form = Form::new("t", vec![Field::multi("m", "特殊群体", labels)]);
    form.handle(&Input::Action(Action::Right));
    form.handle(&Input::Action(Action::Right));
    assert!(!form.is_dirty(), "only the highlight moved");
    type_text(&mut form, "1 3 ");
    assert_eq!(form.picked("m"), vec![0, 2]);
    assert!(form.is_dirty());
    form.handle(&Input::Action(Action::Backspace));
    assert_eq!(form.picked("m"), vec![0], "the highlighted one only");
}

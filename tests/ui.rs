//! Key-sequence and render tests of the TUI: keys go to `App` as a person would type them, and
//! the tests assert both what the screen shows and the rows written.

mod common;

use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use sifa_desk::store::{Store, inspect, operators};
use sifa_desk::ui::App;
use sifa_desk::ui::keymap::Mode;

/// Settings → 人员库 (the fifth section).
fn open_registry(app: &mut App) {
    key(app, KeyCode::F(12));
    for _ in 0..4 {
        key(app, KeyCode::Down);
    }
    key(app, KeyCode::Enter);
    assert!(screen(app).contains("人员库"));
}

/// Creates a person through the picker and the new-person form.
fn create_person(app: &mut App, name: &str, id: &str) {
    key(app, KeyCode::F(2));
    typed(app, name);
    key(app, KeyCode::Enter); // no match: the new-person form, name prefilled
    key(app, KeyCode::Tab);
    typed(app, id);
    key(app, KeyCode::F(10));
}

// A valid ID (check character computed by hand: ISO 7064 MOD 11-2).
const ZHANG_SAN_ID: &str = "360726199001011233";

#[test]
fn tabs_switch_by_digit_and_arrow_and_help_lists_the_keymap() {
    let mut app = app();
    assert_eq!(app.tab(), 0);
    key(&mut app, KeyCode::Char('3'));
    assert_eq!(app.tab(), 2);
    assert!(screen(&app).contains("没有在矫对象"));
    key(&mut app, KeyCode::Right);
    assert_eq!(app.tab(), 3);
    assert!(screen(&app).contains("「安置帮教」尚未开通"));
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Left);
    assert_eq!(app.tab(), 1);
    key(&mut app, KeyCode::Char('1'));
    key(&mut app, KeyCode::Left);
    assert_eq!(app.tab(), 4, "← from the first tab wraps to the last");

    key(&mut app, KeyCode::F(1));
    let help = screen(&app);
    assert!(help.contains("按键说明"));
    assert!(help.contains("F3 / Ctrl+F"));
    assert!(help.contains("F12"));
    assert_eq!(app.mode(), Mode::Popup);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.depth(), 0);

    ctrl(&mut app, 'q');
    assert!(app.should_quit());
}

#[test]
fn release_events_are_ignored() {
    let mut app = app();
    let mut release = KeyEvent::new(KeyCode::Char('2'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    assert!(!app.handle_key(release));
    assert_eq!(app.tab(), 0);
}

#[test]
fn the_status_line_names_office_operator_and_date() {
    let app = app();
    let text = screen(&app);
    assert!(text.contains("版石镇司法所 | 张敏 | 2026-11-29"));
    assert!(text.contains("F12 设置"));
}

#[test]
fn a_new_file_opens_the_setup_form_and_saving_it_sets_up_the_office() {
    let store = Store::open_in_memory().unwrap();
    let mut app = App::new(store, clock()).unwrap();
    assert_eq!(app.mode(), Mode::Form);
    assert!(screen(&app).contains("首次使用：设置司法所"));
    // Esc asks before leaving the setup, even with nothing typed; "no" stays.
    key(&mut app, KeyCode::Esc);
    assert!(
        screen(&app).contains("还没有设置司法所，退出程序吗"),
        "{}",
        screen(&app)
    );
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Form);
    typed(&mut app, "凤山乡司法所");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "360726102");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "安远县");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "四万"); // not a number: refused at the field
    key(&mut app, KeyCode::Tab);
    assert!(screen(&app).contains("数量只能写整数"));
    key(&mut app, KeyCode::F(10));
    assert_eq!(count(app.store(), "SELECT count(*) FROM offices"), 0);
    // The failed save put the focus on the field in error.
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    typed(&mut app, "41000");
    key(&mut app, KeyCode::F(10));
    assert_eq!(app.depth(), 0);
    assert!(screen(&app).contains("凤山乡司法所 | 管理员"));
    assert_eq!(
        count(
            app.store(),
            "SELECT population FROM offices WHERE office_code = '360726102'"
        ),
        41000
    );
}

#[test]
fn several_operators_are_asked_who_is_at_the_desk() {
    let mut store = office_store();
    operators::add(&mut store, "李四", "staff").unwrap();
    let mut app = App::new(store, clock()).unwrap();
    assert!(screen(&app).contains("请选择在窗口值班的操作员"));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.store().operator(), "李四");
    // What the operator writes carries the name.
    open_registry(&mut app);
    create_person(&mut app, "王五", "");
    let by: String = inspect::value(
        app.store(),
        "SELECT operator FROM audit_log ORDER BY id DESC LIMIT 1",
        [],
    )
    .unwrap();
    assert_eq!(by, "李四");
}

#[test]
fn typing_chinese_moves_the_caret_and_the_terminal_cursor_by_display_width() {
    let mut app = app();
    open_registry(&mut app);
    key(&mut app, KeyCode::F(2));
    typed(&mut app, "张三");
    key(&mut app, KeyCode::Enter);
    let (_, before) = draw(&app, 80, 24);
    key(&mut app, KeyCode::Left);
    typed(&mut app, "小");
    let (text, after) = draw(&app, 80, 24);
    assert!(text.contains("*姓名 张小三"), "{text}");
    let (bx, by) = before.unwrap();
    let (ax, ay) = after.unwrap();
    assert_eq!(by, ay);
    // Left moved back one Chinese character (2 columns), 小 moved forward 2 again.
    assert_eq!(ax, bx);
    key(&mut app, KeyCode::End);
    let (_, end) = draw(&app, 80, 24);
    assert_eq!(end.unwrap().0, bx + 2);
}

#[test]
fn a_person_is_created_from_the_picker_with_gender_and_birth_from_the_id() {
    let mut app = app();
    open_registry(&mut app);
    assert!(screen(&app).contains("（没有记录）"));
    key(&mut app, KeyCode::F(2));
    typed(&mut app, "张三");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "36072619900101123x"); // lower-case x and a wrong check character
    key(&mut app, KeyCode::Tab);
    assert!(screen(&app).contains("身份证号校验不符"));
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Backspace);
    typed(&mut app, "3");
    key(&mut app, KeyCode::Tab);
    let form = screen(&app);
    assert!(form.contains("1990-01-01  36 岁"), "{form}");
    assert!(form.contains("◀ 男 ▶"));
    key(&mut app, KeyCode::F(10));
    let list = screen(&app);
    assert!(list.contains("张三"));
    assert!(list.contains("3607**********1233"), "masked in the list");
    assert!(app.status().contains("已保存"));
    let (gender, birth, initials): (String, String, String) = inspect::row(
        app.store(),
        "SELECT gender, birth_date, name_initials FROM persons WHERE id_number = ?1",
        [ZHANG_SAN_ID],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .unwrap();
    assert_eq!(
        (gender.as_str(), birth.as_str(), initials.as_str()),
        ("男", "1990-01-01", "zs")
    );
    assert_eq!(
        count(
            app.store(),
            "SELECT count(*) FROM audit_log WHERE table_name = 'persons'"
        ),
        1
    );
}

#[test]
fn the_picker_finds_by_initials_full_pinyin_and_id_digits_and_refuses_duplicates() {
    let mut app = app();
    open_registry(&mut app);
    create_person(&mut app, "张三", ZHANG_SAN_ID);
    create_person(&mut app, "单雄信", "");
    for query in ["zs", "zhangsan", "1233", "张"] {
        key(&mut app, KeyCode::F(3));
        typed(&mut app, query);
        let text = body(&app);
        assert!(text.contains("张三"), "{query}: {text}");
        assert!(!text.contains("单雄信"), "{query}");
        key(&mut app, KeyCode::Esc);
    }
    key(&mut app, KeyCode::F(3));
    typed(&mut app, "sxx");
    assert!(body(&app).contains("单雄信"), "单 reads shan");
    key(&mut app, KeyCode::Esc);

    // The same ID again selects the existing person instead of a duplicate.
    create_person(&mut app, "张叁", &ZHANG_SAN_ID.to_lowercase());
    assert_eq!(count(app.store(), "SELECT count(*) FROM persons"), 2);
    assert!(
        app.status().contains("已登记为「张三」"),
        "{}",
        app.status()
    );
}

#[test]
fn a_bad_date_is_refused_at_the_field_and_nothing_is_saved() {
    let mut app = app();
    open_registry(&mut app);
    key(&mut app, KeyCode::F(2));
    typed(&mut app, "李四");
    key(&mut app, KeyCode::Enter);
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "2026-02-30");
    key(&mut app, KeyCode::Tab);
    assert!(screen(&app).contains("日期不存在：2026-02-30"));
    key(&mut app, KeyCode::F(10));
    assert_eq!(app.mode(), Mode::Form, "the form stays open");
    assert_eq!(count(app.store(), "SELECT count(*) FROM persons"), 0);
    // The failed save put the focus on the field in error.
    for _ in 0..10 {
        key(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "1970/1/5");
    key(&mut app, KeyCode::F(10));
    let birth: String = inspect::value(app.store(), "SELECT birth_date FROM persons", []).unwrap();
    assert_eq!(birth, "1970-01-05");
}

#[test]
fn esc_on_a_changed_form_asks_before_discarding() {
    let mut app = app();
    open_registry(&mut app);
    key(&mut app, KeyCode::F(2));
    typed(&mut app, "赵六");
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "七");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Confirm);
    assert!(screen(&app).contains("放弃这些修改吗"));
    key(&mut app, KeyCode::Esc); // no: back to the form, text kept
    assert!(screen(&app).contains("赵六七"));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Enter); // yes
    assert!(screen(&app).contains("人员库"));
    assert_eq!(count(app.store(), "SELECT count(*) FROM persons"), 0);
    assert_eq!(app.status(), "已取消，未保存");
}

#[test]
fn ctrl_q_with_unsaved_changes_asks_first() {
    let mut app = app();
    open_registry(&mut app);
    key(&mut app, KeyCode::F(2));
    typed(&mut app, "钱七");
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "八");
    ctrl(&mut app, 'q');
    assert!(!app.should_quit());
    assert!(screen(&app).contains("仍要退出吗"));
    key(&mut app, KeyCode::Enter);
    assert!(app.should_quit());
}

#[test]
fn voiding_asks_for_a_reason_and_keeps_the_row() {
    let mut app = app();
    open_registry(&mut app);
    create_person(&mut app, "孙八", "");
    key(&mut app, KeyCode::F(8));
    key(&mut app, KeyCode::F(10));
    assert!(screen(&app).contains("必填"), "a reason is required");
    typed(&mut app, "重复登记");
    key(&mut app, KeyCode::F(10));
    assert!(screen(&app).contains("（没有记录）"));
    let (reason, audits): (String, i64) = inspect::row(
        app.store(),
        "SELECT void_reason,
                    (SELECT count(*) FROM audit_log WHERE action = 'void')
             FROM persons",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap();
    assert_eq!((reason.as_str(), audits), ("重复登记", 1));
}

#[test]
fn settings_add_a_local_code_rename_it_and_retire_it_by_its_own_key() {
    let mut app = app();
    key(&mut app, KeyCode::F(12));
    for _ in 0..3 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter); // 代码表
    key(&mut app, KeyCode::Enter); // 纠纷类型
    assert!(screen(&app).contains("婚姻家庭"));
    key(&mut app, KeyCode::F(2));
    typed(&mut app, "山林水利");
    key(&mut app, KeyCode::F(10));
    assert!(screen(&app).contains("山林水利"));
    key(&mut app, KeyCode::End);
    assert!(screen(&app).contains("Enter 查看/改名"), "{}", screen(&app));
    assert!(screen(&app).contains("F4 停用/恢复"), "{}", screen(&app));
    // Enter opens the entry: a local one is renamed.
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::End);
    for _ in 0..2 {
        key(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "纠纷");
    key(&mut app, KeyCode::F(10));
    assert!(screen(&app).contains("山林纠纷"), "{}", screen(&app));
    // F4 retires it, after asking.
    key(&mut app, KeyCode::F(4));
    assert!(screen(&app).contains("停用「山林纠纷」"));
    key(&mut app, KeyCode::Enter);
    let retired: i64 = count(
        app.store(),
        "SELECT retired FROM codes WHERE label = '山林纠纷'",
    );
    assert_eq!(retired, 1);
    // A national entry opens as it is: it cannot be renamed.
    key(&mut app, KeyCode::Home);
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app).contains("不能改名"), "{}", screen(&app));
    key(&mut app, KeyCode::F(10));
    assert_eq!(
        count(
            app.store(),
            "SELECT count(*) FROM audit_log WHERE table_name = 'codes'"
        ),
        3,
        "add, rename, retire"
    );
}

#[test]
fn the_ascii_theme_draws_no_box_characters() {
    let mut app = app();
    key(&mut app, KeyCode::F(12));
    for _ in 0..5 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Right); // 边框样式 → ASCII
    key(&mut app, KeyCode::F(10));
    assert!(app.theme().ascii);
    let text = screen(&app);
    assert!(!text.contains('─') && !text.contains('┌'), "{text}");
    assert!(text.contains("+-"));
}

#[test]
fn snapshots_at_80x24_and_120x40() {
    let mut app = app();
    insta::assert_snapshot!("shell_80x24", draw(&app, 80, 24).0);
    open_registry(&mut app);
    create_person(&mut app, "欧阳娜娜", ZHANG_SAN_ID);
    create_person(&mut app, "单", "");
    insta::assert_snapshot!("registry_120x40", draw(&app, 120, 40).0);
    key(&mut app, KeyCode::F(3));
    typed(&mut app, "oy");
    insta::assert_snapshot!("picker_80x24", draw(&app, 80, 24).0);
    key(&mut app, KeyCode::Enter); // the picked person's own screen, with their history
    insta::assert_snapshot!("person_screen_80x24", draw(&app, 80, 24).0);
    key(&mut app, KeyCode::F(4));
    key(&mut app, KeyCode::Char('1')); // 修改人员信息
    insta::assert_snapshot!("person_form_80x24", draw(&app, 80, 24).0);
}

#[test]
fn the_registry_reads_a_page_at_a_time_and_end_reads_the_last_page_at_once() {
    let mut store = Store::open_in_memory().unwrap();
    let now = clock().now();
    sifa_desk::demo::generate(&mut store, sifa_desk::demo::Scale::Township, 7, now).unwrap();
    let total = sifa_desk::store::persons::count(&store).unwrap();
    assert!(total >= 1500);
    // The registry's oldest and newest persons.
    let name_of = |order: &str| -> String {
        sifa_desk::store::inspect::value(
            &store,
            &format!(
                "SELECT name FROM persons WHERE voided_at IS NULL ORDER BY id {order} LIMIT 1"
            ),
            [],
        )
        .unwrap()
    };
    let (oldest, newest) = (name_of("ASC"), name_of("DESC"));
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::Enter); // who is at the desk: the first operator
    open_registry(&mut app);
    assert!(screen(&app).contains("已显示 100 条，向下翻页继续"));
    // End: the last page at once, the oldest person selected.
    key(&mut app, KeyCode::End);
    let end = screen(&app);
    assert!(end.contains("已显示最后 100 条，向上翻页继续"), "{end}");
    assert!(end.contains(&format!("▶ {oldest}")), "{end}");
    key(&mut app, KeyCode::Home);
    let home = screen(&app);
    assert!(home.contains("已显示 100 条，向下翻页继续"), "{home}");
    assert!(home.contains(&format!("▶ {newest}")), "{home}");
    // PgDn to the end: the count grows a page at a time, and at the end it is the whole.
    let mut presses = 0;
    while !screen(&app).contains(&format!("共 {total} 条")) {
        key(&mut app, KeyCode::PageDown);
        presses += 1;
        assert!(presses <= total / 10 + 1, "the list never reached its end");
    }
    // The last page is held now: End moves within it and the whole count stays.
    key(&mut app, KeyCode::End);
    let last = screen(&app);
    assert!(last.contains(&format!("▶ {oldest}")), "{last}");
    assert!(last.contains(&format!("共 {total} 条")), "{last}");
    // IDs and phones are masked in the list.
    let text = body(&app);
    assert!(text.contains("**********"));
    assert!(!text.contains("36072619"));

    // A person found with F3 opens at once, wherever they are in the list.
    key(&mut app, KeyCode::Home);
    let (name, id_number): (String, String) = inspect::row(
        app.store(),
        "SELECT name, id_number FROM persons WHERE id_number IS NOT NULL ORDER BY id LIMIT 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap();
    key(&mut app, KeyCode::F(3));
    typed(&mut app, &id_number);
    key(&mut app, KeyCode::Enter);
    let form = screen(&app);
    assert!(form.contains(&format!("人员：{name}")), "{form}");
    assert!(
        form.contains(&id_number),
        "the record's own screen shows the whole ID"
    );
}

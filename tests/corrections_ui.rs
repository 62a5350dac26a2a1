//! 社区矫正 at the desk: the register, a month's check-ins for a dozen subjects in one sitting,
//! a subject's form refusing bad input at its fields, minors masked on every screen but their
//! own record, and snapshots of the register, the record and the grid.

mod common;

use common::{clock, count, draw, key, office_store, person, screen, today, typed};
use crossterm::event::KeyCode;
use sifa_desk::domain::corrections::{Category, SubjectInput, validate_subject};
use sifa_desk::store::corrections;
use sifa_desk::store::{Store, inspect};
use sifa_desk::ui::App;
use sifa_desk::ui::keymap::Mode;

const NAMES: [&str; 12] = [
    "单",
    "王芳",
    "欧阳娜娜",
    "李秀英",
    "张伟",
    "刘洋",
    "陈静",
    "杨帆",
    "赵磊",
    "黄敏",
    "周杰",
    "吴桂兰",
];

fn subject(store: &mut Store, name: &str, minor: bool, start: &str, end: &str) -> i64 {
    let person_id = person(store, name);
    let valid = validate_subject(
        &SubjectInput {
            person_id: Some(person_id),
            category: Some(Category::Probation),
            crime: "危险驾驶罪".into(),
            runs_from: start.into(),
            reported_on: start.into(),
            term_start: start.into(),
            term_end: end.into(),
            minor,
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    corrections::register(store, &valid).unwrap()
}

/// F4 on the open record, then the line labelled `label` by its digit.
fn choose(app: &mut App, label: &str) {
    key(app, KeyCode::F(4));
    let menu = screen(app);
    let digit = menu
        .lines()
        .find_map(|l| {
            l.split(&format!(". {label}"))
                .next()
                .filter(|p| p.len() < l.len())
        })
        .and_then(|p| p.chars().last())
        .unwrap_or_else(|| panic!("{label}\n{menu}"));
    key(app, KeyCode::Char(digit));
}

/// The desk on tab 3 with the dozen subjects (the last a minor).
fn desk() -> App {
    let mut store = office_store();
    for (i, name) in NAMES.iter().enumerate() {
        let minor = i == NAMES.len() - 1;
        subject(&mut store, name, minor, "2026-03-02", "2027-03-01");
    }
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::Char('3'));
    app
}

#[test]
fn a_dozen_subjects_check_in_for_a_month_in_one_sitting() {
    let mut app = desk();
    key(&mut app, KeyCode::F(4));
    key(&mut app, KeyCode::Char('1'));
    // The month form offers this month (the 29th): F10 opens its grid.
    assert!(screen(&app).contains("2026-11"), "{}", screen(&app));
    key(&mut app, KeyCode::F(10));
    assert_eq!(app.mode(), Mode::Grid, "{}", screen(&app));
    // The first subject: the collective session, 4 phone reports, 2 in person.
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "4");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "2");
    key(&mut app, KeyCode::BackTab);
    key(&mut app, KeyCode::BackTab);
    // Every other one: the session only (Space, then the next row).
    for _ in 1..NAMES.len() {
        key(&mut app, KeyCode::Down);
        key(&mut app, KeyCode::Char(' '));
    }
    key(&mut app, KeyCode::F(10));
    assert_ne!(app.mode(), Mode::Grid, "{}", screen(&app));
    let store = app.store();
    assert_eq!(
        count(
            store,
            "SELECT count(*) FROM correction_checkins WHERE month = '2026-11' AND session = 1
               AND education = 20"
        ),
        12,
        "a ticked session counts its 2 hours"
    );
    // The first row (陈静, first by pinyin) has the reports typed into it.
    let (phone, in_person): (i64, i64) = inspect::row(
        store,
        "SELECT c.phone, c.in_person FROM correction_checkins c
         JOIN corrections k ON k.id = c.correction_id JOIN persons p ON p.id = k.person_id
         WHERE p.name = '陈静'",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap();
    assert_eq!((phone, in_person), (4, 2), "{}", screen(&app));
    assert_eq!(
        count(
            store,
            "SELECT count(*) FROM correction_checkins WHERE phone > 0"
        ),
        1
    );
    // Opened again, the month shows what was saved; a second save keeps one per subject.
    key(&mut app, KeyCode::F(4));
    key(&mut app, KeyCode::Char('1'));
    key(&mut app, KeyCode::F(10));
    let grid = screen(&app);
    assert!(grid.contains("[x]"), "{grid}");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "5");
    key(&mut app, KeyCode::F(10));
    assert_eq!(
        count(app.store(), "SELECT count(*) FROM correction_checkins"),
        12
    );
}

#[test]
fn a_minor_is_masked_on_the_register_the_grid_and_the_alerts_but_not_on_the_record() {
    let mut app = desk();
    let register = draw(&app, 120, 40).0;
    assert!(register.contains("吴某"), "{register}");
    assert!(!register.contains("吴桂兰"), "{register}");
    key(&mut app, KeyCode::F(4));
    key(&mut app, KeyCode::Char('1'));
    key(&mut app, KeyCode::F(10));
    let grid = draw(&app, 120, 40).0;
    assert!(grid.contains("吴某") && !grid.contains("吴桂兰"), "{grid}");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::F(4));
    key(&mut app, KeyCode::Char('2'));
    let alerts = draw(&app, 120, 40).0;
    assert!(
        alerts.contains("吴某") && !alerts.contains("吴桂兰"),
        "{alerts}"
    );
    key(&mut app, KeyCode::Esc);
    // Search by the full name finds the minor, still masked in the list.
    key(&mut app, KeyCode::F(3));
    typed(&mut app, "吴桂兰");
    key(&mut app, KeyCode::F(10));
    let found = draw(&app, 120, 40).0;
    assert!(
        found.contains("吴某") && !found.contains("吴桂兰"),
        "{found}"
    );
    key(&mut app, KeyCode::Enter);
    let record = draw(&app, 120, 40).0;
    assert!(
        record.contains("吴桂兰") && record.contains("未成年"),
        "{record}"
    );
}

#[test]
fn bad_input_is_refused_at_its_field_and_nothing_is_saved() {
    let mut store = office_store();
    person(&mut store, "孙悟");
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::Char('3'));
    key(&mut app, KeyCode::F(2));
    // 孙悟 from the registry; 类别 缓刑; 罪名; reported before the judgment took effect; the
    // term ending before it starts.
    typed(&mut app, "孙悟");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Picker, "{}", screen(&app));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "盗窃罪");
    // 原判刑期, 决定机关, 主要犯罪事实, 前科, then 生效日期.
    for _ in 0..5 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "2026-11-20");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "2026-11-10");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "2026-11-20");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "2026-06-01");
    key(&mut app, KeyCode::F(10));
    let form = draw(&app, 120, 40).0;
    assert_eq!(app.mode(), Mode::Form, "{form}");
    for message in [
        "报到日期早于判决生效（出监）日期",
        "矫正期限结束日期早于开始日期",
    ] {
        assert!(form.contains(message), "{message}\n{form}");
    }
    assert_eq!(count(app.store(), "SELECT count(*) FROM corrections"), 0);
}

#[test]
fn a_level_change_needs_a_reason_and_waits_for_the_county() {
    let mut app = desk();
    key(&mut app, KeyCode::Enter);
    choose(&mut app, "提请调整管理等级");
    key(&mut app, KeyCode::F(10));
    let form = draw(&app, 120, 40).0;
    assert!(form.contains("必填"), "{form}");
    assert_eq!(
        count(
            app.store(),
            "SELECT count(*) FROM correction_levels WHERE decision = 'pending'"
        ),
        0
    );
    // The caret waits at the field in error.
    typed(&mut app, "入矫已满两个月，表现良好");
    key(&mut app, KeyCode::F(10));
    assert_eq!(
        count(
            app.store(),
            "SELECT count(*) FROM correction_levels WHERE decision = 'pending'"
        ),
        1,
        "{}",
        draw(&app, 120, 40).0
    );
    let record = draw(&app, 120, 40).0;
    assert!(
        record.contains("严管→普管") && record.contains("待审批"),
        "{record}"
    );
    assert!(
        record.contains("管理等级：严管"),
        "only an approved change takes effect\n{record}"
    );
}

#[test]
fn snapshots_of_the_register_the_record_and_the_month_grid() {
    let mut app = desk();
    insta::assert_snapshot!("corrections_register_80x24", draw(&app, 80, 24).0);
    insta::assert_snapshot!("corrections_register_120x40", draw(&app, 120, 40).0);
    key(&mut app, KeyCode::Enter);
    insta::assert_snapshot!("corrections_record_80x24", draw(&app, 80, 24).0);
    insta::assert_snapshot!("corrections_record_120x40", draw(&app, 120, 40).0);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::F(4));
    key(&mut app, KeyCode::Char('1'));
    key(&mut app, KeyCode::F(10));
    insta::assert_snapshot!("corrections_grid_80x24", draw(&app, 80, 24).0);
    insta::assert_snapshot!("corrections_grid_120x40", draw(&app, 120, 40).0);
}

#[test]
fn voiding_a_subject_names_them_above_the_reason() {
    let mut store = office_store();
    subject(&mut store, "王芳", false, "2026-03-02", "2027-03-01");
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::Char('3'));
    key(&mut app, KeyCode::F(8));
    let form = screen(&app);
    let reason = form.find("作废原因").unwrap_or(0);
    for about in ["王芳", "缓刑", "26.03.02–27.03.01"] {
        assert!(
            form.find(about).is_some_and(|at| at < reason),
            "{about}:\n{form}"
        );
    }
}

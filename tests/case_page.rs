//! The case page at 80×24: the whole case can be read by scrolling under a header that stays,
//! each step's fields are labelled, 满意度 is a choice, a closed 司法确认 window is not offered;
//! and in the register, 逾期 and 易激化 stand out (coloured; marked in the ASCII theme).

mod common;

use chrono::NaiveDate;
use common::*;
use crossterm::event::KeyCode;
use ratatui::style::Color;
use serde_json::json;
use sifa_desk::domain::dispute::validate_intake;
use sifa_desk::domain::dispute::{Action, AgreementForm, IntakeInput, PartyInput, Performance};
use sifa_desk::store::{Store, disputes, inspect, settings};
use sifa_desk::ui::App;
use sifa_desk::ui::keymap::Mode;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A case with six sessions, a written agreement and a partial performance: longer than a
/// screen of 80×24. Its 司法确认 window closed on 2026-11-19.
fn long_case(store: &mut Store) -> i64 {
    let a = person(store, "张三");
    let b = person(store, "李四");
    let valid = validate_intake(
        &IntakeInput {
            registered_on: "2026-10-01".into(),
            source: "apply".into(),
            kind: "neighbour".into(),
            applicants: vec![PartyInput::Person {
                person_id: a,
                name: "张三".into(),
            }],
            respondents: vec![PartyInput::Person {
                person_id: b,
                name: "李四".into(),
            }],
            facts: "两家因宅基地边界砌墙发生争执，申请人要求拆除越界部分".into(),
            mediators: vec!["张敏".into()],
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    let id = disputes::register(store, &valid, None).unwrap();
    let mut step = |action: Action, details: serde_json::Value| {
        disputes::step(store, id, &action, &details).unwrap();
    };
    step(
        Action::Accept {
            on: d("2026-10-02"),
        },
        json!({}),
    );
    for n in 1..=6 {
        step(
            Action::RecordSession {
                on: d(&format!("2026-10-{:02}", 2 + n)),
            },
            json!({"place": "村委会", "notes": format!("第{n}次调解，双方到场各自陈述")}),
        );
    }
    step(
        Action::Agree {
            on: d("2026-10-20"),
            form: AgreementForm::Written,
            perform_by: Some(d("2026-10-25")),
        },
        json!({"form": "written", "terms": "被申请人拆除越界部分围墙", "perform_by": "2026-10-25"}),
    );
    step(
        Action::RecordPerformance {
            on: d("2026-10-26"),
            result: Performance::Partial,
        },
        json!({"result": "partial"}),
    );
    id
}

fn header_kept(screen: &str) {
    let lines: Vec<&str> = screen.lines().collect();
    assert!(
        lines[2].contains("案号：〔2026〕版石人调字第001号"),
        "{screen}"
    );
    assert!(lines[3].contains("状态：履行中"), "{screen}");
    assert!(
        screen.contains("司法确认申请截止：2026-11-19（已截止）"),
        "{screen}"
    );
}

#[test]
fn the_case_page_scrolls_at_80x24_under_its_header() {
    let mut store = office_store();
    let id = long_case(&mut store);
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::Enter);
    let top = screen(&app);
    header_kept(&top);
    assert!(top.contains("↓ 还有"), "more is below: {top}");
    insta::assert_snapshot!("case_page_80x24", top);

    // The window of 司法确认 has closed: not offered.
    key(&mut app, KeyCode::F(4));
    let menu = screen(&app);
    assert!(!menu.contains("申请司法确认"), "{menu}");
    assert!(menu.contains("回访"), "{menu}");
    key(&mut app, KeyCode::Esc);

    // 回访 with 满意度 chosen, not typed.
    key(&mut app, KeyCode::F(4));
    let menu = screen(&app);
    let n = menu
        .lines()
        .find_map(|l| l.split(". 回访").next().filter(|_| l.contains(". 回访")))
        .and_then(|head| head.chars().last())
        .and_then(|c| c.to_digit(10))
        .unwrap();
    for _ in 1..n {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Form, "{}", screen(&app));
    assert!(screen(&app).contains("满意度"), "{}", screen(&app));
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "已拆除大部分");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "2"); // 基本满意
    key(&mut app, KeyCode::F(10));
    assert_eq!(app.mode(), Mode::Browse, "{}", screen(&app));
    let stored: String = inspect::value(
        app.store(),
        "SELECT json_extract(details, '$.satisfaction') FROM dispute_events
         WHERE dispute_id = ?1 AND action = 'follow_up'",
        [id],
    )
    .unwrap();
    assert_eq!(stored, "mostly");

    // PgDn pages down to the end, where nothing more is said to be below; the header stays.
    let mut pages = 0;
    while screen(&app).contains("↓ 还有") {
        assert!(key(&mut app, KeyCode::PageDown) || pages > 0);
        pages += 1;
        assert!(pages < 10, "{}", screen(&app));
        header_kept(&screen(&app));
    }
    let end = screen(&app);
    for labelled in [
        "地点：村委会",
        "调解情况：第6次调解",
        "协议形式：书面",
        "协议内容：被申请人拆除越界部分围墙",
        "履行期限：2026-10-25",
        "履行结果：部分履行",
        "协议履行情况：已拆除大部分",
        "满意度：基本满意",
    ] {
        assert!(end.contains(labelled), "{labelled}: {end}");
    }
    assert!(!end.contains('；'), "labelled, not joined: {end}");
    // End and Home: the end and the top.
    key(&mut app, KeyCode::Home);
    assert!(screen(&app).contains("↓ 还有"));
    assert!(screen(&app).contains("纠纷类型："), "{}", screen(&app));
    key(&mut app, KeyCode::End);
    assert_eq!(screen(&app), end);
    // After a resize to a larger screen and back, the header is still there.
    app.resize(120, 40);
    let big = draw(&app, 120, 40).0;
    assert!(!big.contains("↓ 还有"), "all fits: {big}");
    app.resize(80, 24);
    header_kept(&screen(&app));
    let printed = sifa_desk::report::disputes::register_form(app.store(), id).unwrap();
    let csv = String::from_utf8(
        sifa_desk::report::render(&printed, sifa_desk::report::Format::Csv, None).unwrap(),
    )
    .unwrap();
    assert!(csv.contains("满意度：基本满意"), "{csv}");
    assert!(csv.contains("履行结果：部分履行"), "{csv}");
}

/// The colour of the first cell of the first line holding `text` at 80×24.
fn colour_of(app: &App, text: &str) -> Option<ratatui::style::Color> {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| app.render(f)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    let first = text.chars().next()?.to_string();
    for y in 0..24 {
        let line: String = (0..80)
            .map(|x| buffer[(x, y)].symbol().to_string())
            .collect();
        if line.replace(' ', "").contains(&text.replace(' ', "")) {
            let x = (0..80).find(|&x| buffer[(x, y)].symbol() == first)?;
            return buffer[(x, y)].style().fg;
        }
    }
    None
}

/// The overdue long case, and a newer one at risk of escalation; in the ASCII theme if asked.
fn register_store(ascii: bool) -> Store {
    let mut store = office_store();
    long_case(&mut store);
    let a = person(&mut store, "王五");
    let b = person(&mut store, "赵六");
    let mut valid = validate_intake(
        &IntakeInput {
            registered_on: "2026-11-28".into(),
            source: "apply".into(),
            kind: "land".into(),
            applicants: vec![PartyInput::Person {
                person_id: a,
                name: "王五".into(),
            }],
            respondents: vec![PartyInput::Person {
                person_id: b,
                name: "赵六".into(),
            }],
            facts: "山林边界".into(),
            mediators: vec!["张敏".into()],
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    valid.escalation_risk = true;
    disputes::register(&mut store, &valid, None).unwrap();
    let mut prefs = settings::preferences(&store).unwrap();
    prefs.ascii_theme = ascii;
    settings::save_preferences(&mut store, &prefs).unwrap();
    store
}

#[test]
fn overdue_and_escalation_risk_stand_out_in_the_register() {
    let mut app = App::new(register_store(false), clock()).unwrap();
    let list = screen(&app);
    assert!(
        list.contains("逾期35天") && list.contains("易激化"),
        "{list}"
    );
    // The newest (selected, reversed) is the one at risk; the overdue one is drawn in red.
    assert_ne!(
        colour_of(&app, "易激化"),
        Some(Color::Red),
        "selected: reversed"
    );
    assert_eq!(colour_of(&app, "逾期35天"), Some(Color::Red));
    key(&mut app, KeyCode::Down);
    assert_eq!(colour_of(&app, "易激化"), Some(Color::Red));
    // The ASCII theme marks them with "!" (old consoles may show no colour).
    let app = App::new(register_store(true), clock()).unwrap();
    let ascii = screen(&app);
    assert!(
        ascii.contains("!逾期35天") && ascii.contains("!易激化"),
        "{ascii}"
    );
}

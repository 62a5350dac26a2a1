//! Any period prints from the screen: F9 prints the period the list shows or asks for one,
//! each line naming its period; on the 1st–5th of a month last month's statistics come first.

mod common;

use chrono::NaiveDate;
use common::*;
use crossterm::event::KeyCode;
use sifa_desk::store::Store;
use sifa_desk::ui::{App, Clock};

/// The desk's clock on 2026-12-02 at 10:30.
fn second_of_december() -> Clock {
    let day = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    Clock::fixed(day.and_hms_opt(10, 30, 0).unwrap())
}

/// Printouts go to `dir`, as an office would set its folder.
fn print_to(store: &mut Store, dir: &std::path::Path) {
    let mut prefs = sifa_desk::store::settings::preferences(store).unwrap();
    prefs.output_dir = dir.display().to_string();
    sifa_desk::store::settings::save_preferences(store, &prefs).unwrap();
}

/// The number of the menu line that reads `label` ("7. 2026-11 月度统计 CSV" → 7).
fn line_of(app: &App, label: &str) -> Option<usize> {
    screen(app).lines().find_map(|l| {
        let at = l.find(&format!(". {label}"))?;
        let digits: String = l[..at]
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        digits.parse().ok()
    })
}

/// Enter on the menu line that reads `label`.
fn choose(app: &mut App, label: &str) {
    let n = line_of(app, label).unwrap_or_else(|| panic!("{label}\n{}", screen(app)));
    for _ in 1..n {
        key(app, KeyCode::Down);
    }
    key(app, KeyCode::Enter);
}

#[test]
fn on_the_second_of_a_month_last_months_statistics_come_first_and_print() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = office_store();
    print_to(&mut store, dir.path());
    let mut app = App::new(store, second_of_december()).unwrap();
    let results = app.take_job_results().unwrap();
    key(&mut app, KeyCode::Char('5'));
    key(&mut app, KeyCode::F(9));
    let last = line_of(&app, "2026-11 月度统计（PDF）");
    let this = line_of(&app, "2026-12 月度统计（PDF）");
    assert!(
        last.is_some() && this.is_some() && last < this,
        "{}",
        screen(&app)
    );
    assert!(!screen(&app).contains("本月统计"), "labels name the month");
    choose(&mut app, "2026-11 月度统计 CSV");
    let done = results
        .recv_timeout(std::time::Duration::from_secs(30))
        .unwrap();
    app.job_done(done);
    let made: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    assert!(
        made.iter()
            .any(|f| f.contains("2026-11") && f.ends_with(".csv")),
        "{made:?}"
    );

    // The disputes tab: last month's register and statistics first too.
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('1'));
    key(&mut app, KeyCode::F(9));
    assert_eq!(line_of(&app, "2026-11 登记簿（PDF）"), Some(1));
    assert!(line_of(&app, "2026-11 统计（PDF）") < line_of(&app, "2026-12 统计（PDF）"));
}

#[test]
fn f9_prints_the_month_the_ledger_shows_after_f3() {
    let mut app = App::new(office_store(), clock()).unwrap();
    key(&mut app, KeyCode::Char('5'));
    key(&mut app, KeyCode::F(3));
    typed(&mut app, "202610");
    key(&mut app, KeyCode::F(10));
    key(&mut app, KeyCode::F(9));
    let shown = line_of(&app, "2026-10 月度统计（PDF）");
    assert!(
        shown.is_some() && shown < line_of(&app, "2026-11 月度统计（PDF）"),
        "{}",
        screen(&app)
    );
    assert!(
        line_of(&app, "2026-10-31 台账（PDF）").is_some(),
        "the list's last day"
    );
}

#[test]
fn f9_prints_the_register_of_the_range_the_list_shows() {
    let mut app = app();
    key(&mut app, KeyCode::F(3));
    for _ in 0..5 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "2026-11-02");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "2026-11-20");
    key(&mut app, KeyCode::F(10));
    key(&mut app, KeyCode::F(9));
    assert_eq!(
        line_of(&app, "2026-11-02 至 2026-11-20 登记簿（PDF）"),
        Some(1),
        "{}",
        screen(&app)
    );
}

#[test]
fn another_month_or_range_is_asked_for() {
    let mut app = App::new(office_store(), second_of_december()).unwrap();
    key(&mut app, KeyCode::Char('5'));
    key(&mut app, KeyCode::F(9));
    choose(&mut app, "其他月份…");
    assert!(screen(&app).contains("202611"), "{}", screen(&app));
    typed(&mut app, "202609"); // replaces the suggested month
    key(&mut app, KeyCode::F(10));
    assert_eq!(
        line_of(&app, "2026-09 月度统计（PDF）"),
        Some(1),
        "{}",
        screen(&app)
    );

    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('1'));
    key(&mut app, KeyCode::F(9));
    choose(&mut app, "其他月份或时段…");
    typed(&mut app, "2026-09-10");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "2026-10-09");
    key(&mut app, KeyCode::F(10));
    let menu = screen(&app);
    assert_eq!(
        line_of(&app, "2026-09-10 至 2026-10-09 登记簿（PDF）"),
        Some(1),
        "{menu}"
    );
    assert!(
        !menu.contains("统计"),
        "statistics are by whole month: {menu}"
    );
}

//! The service ledger (tab 5) as the desk uses it: a whole entry typed with Chinese text, the
//! list and its totals against SQL, editing, voiding, filtering.

mod common;

use common::*;
use crossterm::event::KeyCode;
use sifa_desk::domain::ValidPerson;
use sifa_desk::domain::ledger::{EntryInput, validate_entry};
use sifa_desk::store::ledger::{self, Filter};
use sifa_desk::store::{Store, inspect, persons};
use sifa_desk::ui::App;
use sifa_desk::ui::jobs::JobDone;
use sifa_desk::ui::keymap::Mode;
use std::sync::mpsc::Receiver;

fn ledger_app(store: Store) -> App {
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::Char('5'));
    app
}

/// An entry written straight to the store, `minutes` after 08:00 today.
fn entry(store: &mut Store, minutes: u32, service: &str, summary: &str) -> i64 {
    let input = EntryInput {
        served_at: format!("2026-11-29 {:02}:{:02}", 8 + minutes / 60, minutes % 60),
        channel: "phone".into(),
        service: service.into(),
        visitor_name: "匿名".into(),
        matter: "debt".into(),
        summary: summary.into(),
        outcome: "answered".into(),
        handler: "张敏".into(),
        ..Default::default()
    };
    let valid = validate_entry(&input, clock_now()).unwrap();
    ledger::insert(store, &valid).unwrap()
}

fn clock_now() -> chrono::NaiveDateTime {
    today().and_hms_opt(10, 30, 0).unwrap()
}

fn zhang_san(store: &mut Store) -> i64 {
    let p = sifa_desk::domain::validate_person(
        &sifa_desk::domain::PersonInput {
            name: "张三".into(),
            id_number: "360726199001011233".into(),
            phone: "13807971234".into(),
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    let v: ValidPerson = p;
    match persons::create(store, &v, None).unwrap() {
        persons::Saved::Created(id) | persons::Saved::Existing(id) => id,
    }
}

#[test]
fn a_walk_in_consultation_is_typed_saved_and_audited() {
    let mut store = office_store();
    let person = zhang_san(&mut store);
    let mut app = ledger_app(store);
    assert!(screen(&app).contains("今天还没有登记"));
    key(&mut app, KeyCode::F(2));
    assert_eq!(app.mode(), Mode::Form);
    let form = screen(&app);
    assert!(
        form.contains("2026-11-29 10:30"),
        "the time defaults to now"
    );
    assert!(
        form.contains("经办人 张敏"),
        "the handler is the operator at the desk"
    );
    // 时间, 渠道 (窗口), 服务类型 (法律咨询) keep their defaults.
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "zs"); // a returning visitor: initials, Enter opens the picker …
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Picker);
    key(&mut app, KeyCode::Enter); // … and Enter takes the match
    let form = screen(&app);
    assert!(form.contains("来访人 张三  3607**********1233"), "{form}");
    typed(&mut app, "5 "); // 特殊群体: a digit goes to 农民工, Space ticks it
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "91"); // 事项类别: a digit picks; the last one typed wins: 1 = 劳动
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "老板拖欠三个月工资，告知可向劳动监察大队投诉");
    key(&mut app, KeyCode::F(10));
    assert_eq!(app.mode(), Mode::Browse, "{}", screen(&app));
    assert_eq!(app.status(), "已保存");
    let list = screen(&app);
    assert!(list.contains("共 1 条：法律咨询 1"), "{list}");
    assert!(list.contains("张三"));

    let (person_id, groups, matter, summary, handler, uid): (
        i64,
        String,
        String,
        String,
        String,
        String,
    ) = inspect::row(
        app.store(),
        "SELECT person_id, special_groups, matter, summary, handler, uid FROM service_entries",
        [],
        |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        },
    )
    .unwrap();
    assert_eq!(person_id, person);
    assert_eq!(groups, "migrant");
    assert_eq!(matter, "labour");
    assert_eq!(summary, "老板拖欠三个月工资，告知可向劳动监察大队投诉");
    assert_eq!(handler, "张敏");
    assert_eq!(
        count(
            app.store(),
            &format!(
                "SELECT count(*) FROM audit_log WHERE table_name = 'service_entries'
                 AND action = 'insert' AND row_uid = '{uid}' AND operator = '张敏'"
            )
        ),
        1
    );
    // F2 at once starts the next entry.
    key(&mut app, KeyCode::F(2));
    assert_eq!(app.mode(), Mode::Form);
}

#[test]
fn an_anonymous_caller_and_the_errors_of_an_empty_entry() {
    let mut app = ledger_app(office_store());
    key(&mut app, KeyCode::F(2));
    key(&mut app, KeyCode::F(10));
    let form = screen(&app);
    assert!(form.contains("必填"), "{form}");
    assert_eq!(
        count(app.store(), "SELECT count(*) FROM service_entries"),
        0
    );
    // Errors put the focus on the first field in error: 事项类别.
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    typed(&mut app, "匿名");
    key(&mut app, KeyCode::Tab); // a name only: Tab keeps it without the picker
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "电话咨询离婚财产分割");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "2"); // 处理结果: 转交, which needs 转交去向
    key(&mut app, KeyCode::F(10));
    assert!(screen(&app).contains("请写转交去向"));
    typed(&mut app, "县法律援助中心");
    key(&mut app, KeyCode::F(10));
    assert_eq!(app.mode(), Mode::Browse, "{}", screen(&app));
    let (name, referred): (String, String) = inspect::row(
        app.store(),
        "SELECT visitor_name, referred_to FROM service_entries WHERE person_id IS NULL",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap();
    assert_eq!(
        (name.as_str(), referred.as_str()),
        ("匿名", "县法律援助中心")
    );
}

#[test]
fn the_list_and_its_totals_agree_with_sql_and_voided_entries_leave_them() {
    let mut store = office_store();
    for i in 0..30 {
        let service = ["consult", "aid", "consult", "drafting"][i % 4];
        entry(&mut store, i as u32 * 3, service, &format!("第{i}位来电"));
    }
    let mut app = ledger_app(store);
    let truth = |app: &App, service: &str| {
        count(
            app.store(),
            &format!(
                "SELECT count(*) FROM service_entries WHERE service = '{service}'
                 AND voided_at IS NULL AND served_at LIKE '2026-11-29%'"
            ),
        )
    };
    let header = screen(&app);
    let expected = format!(
        "共 30 条：法律咨询 {}，法律援助 {}，代写法律文书 {}",
        truth(&app, "consult"),
        truth(&app, "aid"),
        truth(&app, "drafting")
    );
    assert!(header.contains(&expected), "{header}");
    assert!(header.contains("第29位来电"), "newest first");
    // Void the newest (legal aid): the form names it above the reason.
    key(&mut app, KeyCode::F(8));
    let form = screen(&app);
    let (about, reason) = (
        form.find("第29位来电").unwrap_or(usize::MAX),
        form.find("作废原因").unwrap_or(0),
    );
    assert!(about < reason, "{form}");
    assert!(form.contains("法律援助") && form.contains("匿名"), "{form}");
    typed(&mut app, "重复登记");
    key(&mut app, KeyCode::F(10));
    let after = screen(&app);
    assert!(after.contains("共 29 条"), "{after}");
    assert!(!after.contains("第29位来电"));
    assert_eq!(
        count(
            app.store(),
            "SELECT count(*) FROM audit_log WHERE action = 'void'"
        ),
        1
    );
    let (total, _) = ledger::totals(
        app.store(),
        &Filter::day(app.store().office_code(), today()),
    )
    .unwrap();
    assert_eq!(total, 29);
}

#[test]
fn an_entry_is_edited_with_an_audit_row_and_the_filter_narrows_the_list() {
    let mut store = office_store();
    entry(&mut store, 0, "consult", "咨询借款纠纷");
    entry(&mut store, 10, "aid", "申请法律援助");
    let mut app = ledger_app(store);
    key(&mut app, KeyCode::Enter); // the newest: 申请法律援助
    assert!(screen(&app).contains("服务台账：修改登记"));
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        app.mode(),
        Mode::Browse,
        "unchanged: Esc closes without asking"
    );
    key(&mut app, KeyCode::Enter);
    for _ in 0..6 {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::End);
    typed(&mut app, "，已受理");
    key(&mut app, KeyCode::F(10));
    assert!(screen(&app).contains("申请法律援助，已受理"));
    let before: String = inspect::value(
        app.store(),
        "SELECT before_json FROM audit_log WHERE action = 'update'",
        [],
    )
    .unwrap();
    assert!(before.contains("\"summary\":\"申请法律援助\""));

    key(&mut app, KeyCode::F(3));
    for _ in 0..5 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "借款");
    key(&mut app, KeyCode::F(10));
    let filtered = screen(&app);
    assert!(filtered.contains("咨询借款纠纷"));
    assert!(!filtered.contains("申请法律援助"));
    assert!(filtered.contains("已筛选"));
    key(&mut app, KeyCode::Esc); // clears the filter
    assert!(screen(&app).contains("共 2 条"));
}

/// Printouts go to a temporary folder with the fixture font, as an office would set them.
fn print_to(store: &mut Store, dir: &std::path::Path) {
    let mut prefs = sifa_desk::store::settings::preferences(store).unwrap();
    prefs.output_dir = dir.display().to_string();
    prefs.pdf_font = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/font/NotoSansCJKsc-subset.otf"
    )
    .to_string();
    sifa_desk::store::settings::save_preferences(store, &prefs).unwrap();
}

/// F9, the menu line, Enter; then waits for the background job and shows its report.
fn print(app: &mut App, results: &Receiver<JobDone>, line: usize) {
    key(app, KeyCode::F(9));
    assert!(screen(app).contains("2026-11-29 台账（PDF）"));
    for _ in 0..line {
        key(app, KeyCode::Down);
    }
    key(app, KeyCode::Enter);
    assert!(app.status().contains("正在生成"));
    let done = results
        .recv_timeout(std::time::Duration::from_secs(30))
        .unwrap();
    app.job_done(done);
    // The result stays on screen (a path is long) until Enter or Esc.
    assert!(screen(app).contains("已生成") || screen(app).contains("出错了"));
}

#[test]
fn f9_saves_the_days_ledger_as_pdf_and_csv_in_the_offices_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = office_store();
    print_to(&mut store, dir.path());
    let person = zhang_san(&mut store);
    let input = EntryInput {
        served_at: "2026-11-29 09:15".into(),
        channel: "window".into(),
        service: "consult".into(),
        person_id: Some(person),
        matter: "wages".into(),
        summary: "=HYPERLINK(\"x\") 咨询工资被拖欠".into(),
        outcome: "answered".into(),
        handler: "张敏".into(),
        ..Default::default()
    };
    ledger::insert(&mut store, &validate_entry(&input, clock_now()).unwrap()).unwrap();
    let mut app = ledger_app(store);
    let results = app.take_job_results().unwrap();

    print(&mut app, &results, 2); // CSV
    key(&mut app, KeyCode::Enter);
    let csv = dir.path().join("服务台账-版石镇司法所-2026-11-29.csv");
    assert!(app.status().contains("已生成"), "{}", app.status());
    let bytes = std::fs::read(&csv).unwrap();
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "UTF-8 with a byte-order mark");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.contains("张三"));
    assert!(text.contains("3607**********1233"), "IDs masked");
    assert!(!text.contains("360726199001011233"));
    assert!(
        text.contains("'=HYPERLINK"),
        "a formula is neutralised: {text}"
    );

    print(&mut app, &results, 0); // PDF
    let pdf = dir.path().join("服务台账-版石镇司法所-2026-11-29.pdf");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
    for expected in [
        "服务台账",
        "版石镇司法所",
        "张三",
        "经办人",
        "第 1 页 共 1 页",
    ] {
        assert!(text.contains(expected), "{expected} missing from {text}");
    }
}

#[test]
fn an_unusable_font_is_a_clear_message_and_csv_still_works() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = office_store();
    print_to(&mut store, dir.path());
    let mut prefs = sifa_desk::store::settings::preferences(&store).unwrap();
    prefs.pdf_font = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/font/latin-only.otf"
    )
    .to_string();
    sifa_desk::store::settings::save_preferences(&mut store, &prefs).unwrap();
    let mut app = ledger_app(store);
    let results = app.take_job_results().unwrap();
    print(&mut app, &results, 0);
    let message = screen(&app);
    assert!(message.contains("出错了"), "{message}");
    assert!(message.contains("简体中文"), "{message}");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no half-written file"
    );
    key(&mut app, KeyCode::Esc);
    print(&mut app, &results, 2);
    assert!(app.status().contains("已生成"));
    assert!(
        screen(&app).contains(&dir.path().display().to_string()),
        "the whole path is shown"
    );
}

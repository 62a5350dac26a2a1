//! At 60×20 each register keeps the columns that say which record a row is and leaves out the
//! least important ones first (issue 11, item 10).

mod common;

use chrono::NaiveDate;
use common::{clock, draw, key, office_store, person, today};
use crossterm::event::KeyCode;
use sifa_desk::domain::dispute::{Action, IntakeInput, PartyInput, validate_intake};
use sifa_desk::store::disputes;
use sifa_desk::ui::App;

#[test]
fn the_dispute_register_at_60x20_keeps_case_number_parties_and_status() {
    let mut store = office_store();
    let a = person(&mut store, "欧阳娜娜");
    let b = person(&mut store, "单");
    let intake = validate_intake(
        &IntakeInput {
            registered_on: "2026-11-20".into(),
            source: "apply".into(),
            kind: "neighbour".into(),
            applicants: vec![PartyInput::Person {
                person_id: a,
                name: "欧阳娜娜".into(),
            }],
            respondents: vec![PartyInput::Person {
                person_id: b,
                name: "单".into(),
            }],
            facts: "邻里排水沟纠纷".into(),
            mediators: vec!["张敏".into()],
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    let id = disputes::register(&mut store, &intake, None).unwrap();
    let on = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    disputes::step(
        &mut store,
        id,
        &Action::Accept { on },
        &serde_json::json!({}),
    )
    .unwrap();
    let mut app = App::new(store, clock()).unwrap();
    key(&mut app, KeyCode::Char('1'));
    let narrow = draw(&app, 60, 20).0;
    for shown in [
        "案号",
        "状态",
        "当事人",
        "2026-001",
        "调解中",
        "欧阳娜娜 诉 单",
    ] {
        assert!(narrow.contains(shown), "{shown}\n{narrow}");
    }
    assert!(
        !narrow.contains("调解员"),
        "the least important column goes first\n{narrow}"
    );
    insta::assert_snapshot!("disputes_register_60x20", narrow);
    let wide = draw(&app, 80, 24).0;
    assert!(wide.contains("调解员") && wide.contains("张敏"), "{wide}");
}

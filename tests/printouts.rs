//! Printouts fit to file (issue 11, item 9): the 人民调解受理登记表 names each party in full,
//! the daily ledger has 村（社区）, 特殊群体 and 需回访 and lists the day's voided entries apart,
//! and the F9 menus keep their labels whole at 80 columns.

mod common;

use std::path::Path;

use common::*;
use crossterm::event::KeyCode;
use sifa_desk::domain::dispute::{IntakeInput, PartyInput, validate_intake};
use sifa_desk::domain::ledger::{EntryInput, validate_entry};
use sifa_desk::domain::{PersonInput, check_char, validate_person};
use sifa_desk::report::{self, Format};
use sifa_desk::store::persons::{self, Saved};
use sifa_desk::store::{Store, disputes, ledger, villages};

fn font() -> String {
    concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/font/NotoSansCJKsc-subset.otf"
    )
    .to_string()
}

fn pdf_text(doc: &report::Document) -> String {
    let bytes = report::render(doc, Format::Pdf, Some(Path::new(&font()))).unwrap();
    pdf_extract::extract_text_from_mem(&bytes).unwrap()
}

fn txt_text(doc: &report::Document) -> String {
    String::from_utf8(report::render(doc, Format::Txt, None).unwrap()).unwrap()
}

fn id_number(first17: &str) -> String {
    format!("{first17}{}", check_char(first17).unwrap())
}

/// 张三 with gender, birth, phone, address and 石桥村.
fn zhang_san(store: &mut Store) -> (i64, String) {
    let id = id_number("36072619800101123");
    let p = validate_person(
        &PersonInput {
            name: "张三".into(),
            id_number: id.clone(),
            phone: "13807971234".into(),
            address: "版石镇石桥村下屋组12号".into(),
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    let village = villages::list(store, false)
        .unwrap()
        .into_iter()
        .find(|v| v.name == "石桥村")
        .map(|v| v.id);
    let pid = match persons::create(store, &p, village).unwrap() {
        Saved::Created(id) | Saved::Existing(id) => id,
    };
    (pid, id)
}

#[test]
fn the_case_form_names_each_party_in_full_and_when_the_police_were_told() {
    let mut store = office_store();
    let (a, id) = zhang_san(&mut store);
    let valid = validate_intake(
        &IntakeInput {
            registered_on: "2026-11-02".into(),
            source: "apply".into(),
            kind: "neighbour".into(),
            applicants: vec![PartyInput::Person {
                person_id: a,
                name: "张三".into(),
            }],
            respondents: vec![PartyInput::Organisation {
                name: "安远县某建材有限公司".into(),
                credit_code: String::new(),
            }],
            facts: "两家因宅基地边界砌墙发生争执".into(),
            mediators: vec!["张敏".into()],
            escalation_risk: true,
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    let case = disputes::register(&mut store, &valid, Some("2026-12-02T00:42:00+08:00")).unwrap();
    let doc = report::disputes::register_form(&store, case).unwrap();
    for text in [pdf_text(&doc), txt_text(&doc)] {
        for expected in [
            "性别",
            "男",
            "年龄",
            "46",
            "住址",
            "版石镇石桥村下屋组12号",
            "电话",
            "13807971234",
            id.as_str(),
            "是（已于 2026-12-02 00:42 报告公安机关）",
        ] {
            assert!(text.contains(expected), "{expected} missing from {text}");
        }
    }
}

fn entry(
    store: &mut Store,
    person: Option<i64>,
    time: &str,
    summary: &str,
    follow_up: bool,
) -> i64 {
    let input = EntryInput {
        served_at: format!("2026-11-29 {time}"),
        channel: "window".into(),
        service: "consult".into(),
        person_id: person,
        visitor_name: if person.is_some() { "" } else { "匿名" }.into(),
        special_groups: vec!["migrant".into()],
        matter: "labour".into(),
        summary: summary.into(),
        outcome: "answered".into(),
        follow_up,
        handler: "张敏".into(),
        ..Default::default()
    };
    let valid = validate_entry(&input, today().and_hms_opt(10, 30, 0).unwrap()).unwrap();
    ledger::insert(store, &valid).unwrap()
}

#[test]
fn the_daily_ledger_has_village_groups_follow_up_and_the_voided_apart() {
    let mut store = office_store();
    let (pid, _) = zhang_san(&mut store);
    entry(&mut store, Some(pid), "09:00", "咨询拖欠工资", true);
    let gone = entry(&mut store, None, "09:30", "重复登记的一条", false);
    ledger::void(&mut store, gone, "重复登记").unwrap();
    let doc = report::ledger::daily(&store, "360726101", today(), false).unwrap();
    let text = pdf_text(&doc);
    for expected in [
        "村（社区）",
        "石桥村",
        "特殊群体",
        "农民工",
        "需回访",
        "当日作废的登记（1 条，不计入以上合计）",
        "重复登记的一条",
    ] {
        assert!(text.contains(expected), "{expected} missing from {text}");
    }
    let csv = String::from_utf8(report::render(&doc, Format::Csv, None).unwrap()).unwrap();
    assert!(
        csv.contains("合计,1\r\n"),
        "the voided entry is not counted: {csv}"
    );
    assert!(csv.contains(",是,张敏"), "需回访 是: {csv}");
}

#[test]
fn the_print_menus_keep_their_labels_whole_at_80_columns() {
    let mut app = app();
    for tab in ['1', '3', '5'] {
        key(&mut app, KeyCode::Char(tab));
        key(&mut app, KeyCode::F(9));
        let (shown, _) = draw(&app, 80, 24);
        let lines: Vec<&str> = shown.lines().filter(|l| l.contains("XLSX")).collect();
        assert!(!lines.is_empty(), "{shown}");
        for line in lines {
            assert!(line.contains("Excel（XLSX）"), "{line}");
        }
        key(&mut app, KeyCode::Esc);
    }
}

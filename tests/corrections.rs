//! 社区矫正 in the store: a subject registered with its first level, one correction at a time
//! per person, a level changing only when approved, one check-in per subject and month, the
//! month lock and its audited reopening, incidents with the rules' suggestion.

mod common;

use chrono::NaiveDate;
use common::{office_store, person, today};
use sifa_desk::domain::corrections::{
    Category, EndReason, Incident, IncidentKind, Level, Measure, SubjectInput, ValidCheckin,
    validate_subject,
};
use sifa_desk::store::corrections::{self, CorrError, CorrectionFilter};
use sifa_desk::store::{Cursor, Store, inspect};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A 缓刑 subject from 2026-03-02 to 2027-03-01.
fn subject(store: &mut Store, name: &str, minor: bool) -> i64 {
    let person_id = person(store, name);
    let valid = validate_subject(
        &SubjectInput {
            person_id: Some(person_id),
            category: Some(Category::Probation),
            crime: "危险驾驶罪".into(),
            runs_from: "2026-03-02".into(),
            reported_on: "2026-03-09".into(),
            term_start: "2026-03-02".into(),
            term_end: "2027-03-01".into(),
            minor,
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    corrections::register(store, &valid).unwrap()
}

fn refused_at<T: std::fmt::Debug>(r: Result<T, CorrError>) -> &'static str {
    match r {
        Err(CorrError::Refused { field, .. }) => field,
        other => panic!("not refused: {other:?}"),
    }
}

#[test]
fn a_subject_is_registered_with_its_first_level_and_only_once_at_a_time() {
    let mut store = office_store();
    let id = subject(&mut store, "张三", false);
    let level: String =
        inspect::value(&store, "SELECT level FROM corrections WHERE id = ?1", [id]).unwrap();
    assert_eq!(level, "strict");
    let history = inspect::count(
        &store,
        "SELECT count(*) FROM correction_levels WHERE correction_id = ?1 AND decision = 'approved'",
        [id],
    )
    .unwrap();
    assert_eq!(history, 1);
    let person_id: i64 = inspect::value(
        &store,
        "SELECT person_id FROM corrections WHERE id = ?1",
        [id],
    )
    .unwrap();
    let again = validate_subject(
        &SubjectInput {
            person_id: Some(person_id),
            category: Some(Category::Parole),
            crime: "盗窃罪".into(),
            runs_from: "2026-05-02".into(),
            term_start: "2026-05-02".into(),
            term_end: "2027-05-01".into(),
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    assert_eq!(
        refused_at(corrections::register(&mut store, &again)),
        "person"
    );
    let audited = inspect::count(
        &store,
        "SELECT count(*) FROM audit_log WHERE table_name = 'corrections' AND action = 'insert'",
        [],
    )
    .unwrap();
    assert_eq!(audited, 1);
}

#[test]
fn a_level_changes_only_when_the_county_approves() {
    let mut store = office_store();
    let id = subject(&mut store, "李四", false);
    assert_eq!(
        refused_at(corrections::propose_level(
            &mut store,
            id,
            Level::Normal,
            d(2026, 5, 6),
            " ",
            "王芳"
        )),
        "reason"
    );
    corrections::propose_level(
        &mut store,
        id,
        Level::Normal,
        d(2026, 5, 6),
        "表现良好",
        "王芳",
    )
    .unwrap();
    assert_eq!(
        refused_at(corrections::propose_level(
            &mut store,
            id,
            Level::Lenient,
            d(2026, 5, 7),
            "再调",
            "王芳"
        )),
        "to",
        "one pending proposal at a time"
    );
    let level = |store: &Store| -> String {
        inspect::value(store, "SELECT level FROM corrections WHERE id = ?1", [id]).unwrap()
    };
    assert_eq!(level(&store), "strict");
    assert_eq!(
        refused_at(corrections::decide_level(
            &mut store,
            id,
            true,
            d(2026, 5, 1),
            "刘局",
            "安司矫〔2026〕3号"
        )),
        "on",
        "approved before it was proposed"
    );
    corrections::decide_level(
        &mut store,
        id,
        true,
        d(2026, 5, 12),
        "刘局",
        "安司矫〔2026〕3号",
    )
    .unwrap();
    assert_eq!(level(&store), "normal");
}

#[test]
fn one_check_in_per_subject_and_month_and_a_closed_month_is_refused_until_reopened() {
    let mut store = office_store();
    let id = subject(&mut store, "王五", false);
    let nov = d(2026, 11, 1);
    let checkin = ValidCheckin {
        in_person: 2,
        education: 80,
        ..Default::default()
    };
    corrections::save_month(&mut store, nov, &[(id, checkin, "按时".into())]).unwrap();
    let more = ValidCheckin {
        in_person: 3,
        ..checkin
    };
    corrections::save_month(&mut store, nov, &[(id, more, String::new())]).unwrap();
    let (n, in_person): (i64, i64) = inspect::row(
        &store,
        "SELECT count(*), max(in_person) FROM correction_checkins WHERE correction_id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap();
    assert_eq!(
        (n, in_person),
        (1, 3),
        "the second save corrects the month's one check-in"
    );

    corrections::close_month(&mut store, nov).unwrap();
    assert!(corrections::is_closed(&store, nov).unwrap());
    assert_eq!(
        refused_at(corrections::save_month(
            &mut store,
            nov,
            &[(id, checkin, String::new())]
        )),
        "month"
    );
    assert_eq!(
        refused_at(corrections::reopen_month(&mut store, nov, "")),
        "reason"
    );
    corrections::reopen_month(&mut store, nov, "补录漏报的谈话").unwrap();
    corrections::save_month(&mut store, nov, &[(id, checkin, String::new())]).unwrap();
    let reopened = inspect::count(
        &store,
        "SELECT count(*) FROM audit_log WHERE table_name = 'correction_months'
           AND action = 'update' AND after_json LIKE '%补录漏报的谈话%'",
        [],
    )
    .unwrap();
    assert_eq!(reopened, 1, "the reopening is audited with its reason");
}

#[test]
fn the_month_lists_those_in_correction_then_minors_and_the_register_masks_nothing_it_should_not() {
    let mut store = office_store();
    subject(&mut store, "赵六", false);
    subject(&mut store, "钱小七", true);
    let rows = corrections::month_rows(&store, "360726101", d(2026, 11, 1)).unwrap();
    let names: Vec<(&str, bool)> = rows.iter().map(|r| (r.name.as_str(), r.minor)).collect();
    assert_eq!(names, vec![("赵六", false), ("钱小七", true)]);
    assert!(
        corrections::month_rows(&store, "360726101", d(2026, 2, 1))
            .unwrap()
            .is_empty()
    );
    let page = corrections::page(
        &store,
        &CorrectionFilter::active("360726101", today()),
        Cursor::First,
        100,
    )
    .unwrap();
    assert_eq!(page.len(), 2);
}

#[test]
fn an_incident_gets_the_rules_suggestion_which_is_proposed_then_decided() {
    let mut store = office_store();
    let id = subject(&mut store, "孙八", false);
    let late = Incident {
        kind: IncidentKind::OutOfContact,
        days: 12,
        not_corrected_after_told: false,
    };
    let (incident, suggestion) =
        corrections::record_incident(&mut store, id, d(2026, 6, 3), &late, "失联12天").unwrap();
    assert_eq!(suggestion, Some(Measure::Warning));
    assert_eq!(
        refused_at(corrections::decide(
            &mut store,
            incident,
            d(2026, 6, 9),
            "",
            true,
            "同意"
        )),
        "decision",
        "not proposed yet"
    );
    corrections::propose(&mut store, incident, Measure::Warning, d(2026, 6, 4)).unwrap();
    corrections::decide(
        &mut store,
        incident,
        d(2026, 6, 9),
        "安司矫〔2026〕9号",
        true,
        "给予警告",
    )
    .unwrap();
    let state: String = inspect::value(
        &store,
        "SELECT state FROM correction_incidents WHERE id = ?1",
        [incident],
    )
    .unwrap();
    assert_eq!(state, "decided");
    assert_eq!(
        refused_at(corrections::end(
            &mut store,
            id,
            EndReason::RevokeParole,
            d(2026, 7, 1)
        )),
        "reason",
        "a 缓刑 subject's parole cannot be revoked"
    );
    corrections::end(&mut store, id, EndReason::RevokeProbation, d(2026, 7, 1)).unwrap();
    let status: String =
        inspect::value(&store, "SELECT status FROM corrections WHERE id = ?1", [id]).unwrap();
    assert_eq!(status, "terminated");
}

#[test]
fn only_imposed_measures_count_and_nothing_is_recorded_on_an_ended_correction() {
    let mut store = office_store();
    let id = subject(&mut store, "周九", false);
    let violation = Incident {
        kind: IncidentKind::OtherViolation,
        days: 0,
        not_corrected_after_told: false,
    };
    // Two 训诫 proposed: the county imposes the first and turns the second down.
    for (on, upheld) in [(d(2026, 5, 1), true), (d(2026, 6, 1), false)] {
        let (incident, suggestion) =
            corrections::record_incident(&mut store, id, on, &violation, "未按规定请假外出")
                .unwrap();
        assert_eq!(suggestion, Some(Measure::Reprimand));
        corrections::propose(&mut store, incident, Measure::Reprimand, on).unwrap();
        corrections::decide(&mut store, incident, on, "", upheld, "决定").unwrap();
    }
    let (_, third) =
        corrections::record_incident(&mut store, id, d(2026, 7, 1), &violation, "再次外出")
            .unwrap();
    assert_eq!(
        third,
        Some(Measure::Reprimand),
        "one 训诫 imposed is not two"
    );

    corrections::end(&mut store, id, EndReason::RevokeProbation, d(2026, 8, 1)).unwrap();
    assert_eq!(
        refused_at(corrections::record_incident(
            &mut store,
            id,
            d(2026, 8, 2),
            &violation,
            "事后"
        )),
        "on"
    );
    assert_eq!(
        refused_at(corrections::propose_level(
            &mut store,
            id,
            Level::Normal,
            d(2026, 8, 2),
            "理由",
            ""
        )),
        "on"
    );
    assert_eq!(
        refused_at(corrections::end(
            &mut store,
            id,
            EndReason::Death,
            d(2026, 8, 3)
        )),
        "reason"
    );
    // The last month it was in correction may still get its check-in.
    corrections::save_month(
        &mut store,
        d(2026, 8, 1),
        &[(id, ValidCheckin::default(), String::new())],
    )
    .unwrap();
}

#[test]
fn a_term_cannot_end_early_as_expired_nor_leave_check_ins_outside_it() {
    let mut store = office_store();
    let id = subject(&mut store, "吴十", false);
    corrections::save_month(
        &mut store,
        d(2026, 4, 1),
        &[(id, ValidCheckin::default(), String::new())],
    )
    .unwrap();
    assert_eq!(
        refused_at(corrections::end(
            &mut store,
            id,
            EndReason::Expired,
            d(2026, 12, 1)
        )),
        "on",
        "the term runs to 2027-03-01"
    );
    let person_id: i64 = inspect::value(
        &store,
        "SELECT person_id FROM corrections WHERE id = ?1",
        [id],
    )
    .unwrap();
    let later = validate_subject(
        &SubjectInput {
            person_id: Some(person_id),
            category: Some(Category::Probation),
            crime: "危险驾驶罪".into(),
            runs_from: "2026-05-02".into(),
            term_start: "2026-05-02".into(),
            term_end: "2027-03-01".into(),
            ..Default::default()
        },
        today(),
    )
    .unwrap();
    assert_eq!(
        refused_at(corrections::update(&mut store, id, &later)),
        "term_start"
    );
}

#[test]
fn last_months_duties_are_those_of_the_level_then_in_force() {
    let mut store = office_store();
    let id = subject(&mut store, "郑十一", false);
    corrections::propose_level(
        &mut store,
        id,
        Level::Normal,
        d(2026, 11, 5),
        "表现良好",
        "",
    )
    .unwrap();
    corrections::decide_level(&mut store, id, true, d(2026, 11, 10), "刘局", "").unwrap();
    let filter = CorrectionFilter::active("360726101", today());
    let row = corrections::page(&store, &filter, Cursor::First, 10)
        .unwrap()
        .pop()
        .unwrap();
    assert_eq!(row.facts.level, Level::Normal);
    assert_eq!(
        row.facts.last_month_level,
        Some(Level::Strict),
        "October was 严管"
    );
    let october = corrections::month_rows(&store, "360726101", d(2026, 10, 1)).unwrap();
    assert_eq!(october[0].level, Level::Strict);
    let november = corrections::month_rows(&store, "360726101", d(2026, 11, 1)).unwrap();
    assert_eq!(november[0].level, Level::Normal);
}

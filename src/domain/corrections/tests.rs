//! Tests of the corrections rules that span files (each rule file may have its own).

use chrono::NaiveDate;

use super::intake::{CheckinInput, SubjectInput, validate_checkin, validate_subject};
use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn typed() -> SubjectInput {
    SubjectInput {
        person_id: Some(7),
        category: Some(Category::Probation),
        crime: "危险驾驶罪".into(),
        runs_from: "2026-03-02".into(),
        reported_on: "2026-03-09".into(),
        term_start: "2026-03-02".into(),
        term_end: "2027-03-01".into(),
        ..Default::default()
    }
}

fn fields(errors: &[crate::domain::FieldError]) -> Vec<&str> {
    errors.iter().map(|e| e.field).collect()
}

#[test]
fn a_typed_subject_is_valid() {
    let v = validate_subject(&typed(), d(2026, 12, 2)).unwrap();
    assert_eq!(v.term_end, d(2027, 3, 1));
    assert_eq!(
        v.level,
        Level::Strict,
        "a new subject starts 严管 unless told"
    );
}

#[test]
fn bad_dates_are_refused_at_their_fields() {
    let mut input = typed();
    input.term_end = "2026-01-01".into();
    input.reported_on = "2026-03-01".into();
    input.ban_from = "2026-05-01".into();
    input.ban_to = "2026-04-01".into();
    input.papers_on = "2027-01-01".into();
    let errors = validate_subject(&input, d(2026, 12, 2)).unwrap_err();
    assert_eq!(
        fields(&errors),
        vec!["papers_on", "term_end", "ban_to", "reported_on"]
    );
}

#[test]
fn only_outside_subjects_are_on_medical_parole_and_need_no_start() {
    let mut input = typed();
    input.medical = true;
    input.runs_from.clear();
    let errors = validate_subject(&input, d(2026, 12, 2)).unwrap_err();
    assert_eq!(fields(&errors), vec!["runs_from", "medical"]);
    input.category = Some(Category::Outside);
    input.reported_on.clear();
    assert!(validate_subject(&input, d(2026, 12, 2)).is_ok());
}

#[test]
fn a_checkin_outside_the_term_or_over_200_hours_is_refused() {
    let ok = CheckinInput {
        education: 120,
        ..Default::default()
    };
    assert!(validate_checkin(&ok, d(2026, 3, 1), d(2026, 3, 20), d(2026, 9, 19)).is_ok());
    let errors = validate_checkin(&ok, d(2026, 10, 1), d(2026, 3, 20), d(2026, 9, 19)).unwrap_err();
    assert_eq!(fields(&errors), vec!["month"]);
    let too_much = CheckinInput {
        service: 2001,
        score: Some(101),
        ..Default::default()
    };
    let errors =
        validate_checkin(&too_much, d(2026, 4, 1), d(2026, 3, 20), d(2026, 9, 19)).unwrap_err();
    assert_eq!(fields(&errors), vec!["service", "score"]);
}

#[test]
fn settings_round_trip_as_json_by_code() {
    let settings = Settings::default();
    let json = serde_json::to_string(&settings).unwrap();
    assert!(json.contains("\"in_person\""), "{json}");
    let back: Settings = serde_json::from_str(&json).unwrap();
    assert_eq!(back, settings);
    // A file written before a setting existed reads the default for it.
    let old: Settings = serde_json::from_str("{\"report_days\": 15}").unwrap();
    assert_eq!(old.report_days, 15);
    assert_eq!(old.strict, Settings::default().strict);
}

#[test]
fn a_check_in_fails_by_grade_or_under_the_pass_mark() {
    let scored = |score| ValidCheckin {
        score: Some(score),
        ..Default::default()
    };
    assert!(scored(59).failed(60));
    assert!(!scored(60).failed(60));
    assert!(
        !scored(59).failed(50),
        "the pass mark is the office's setting"
    );
    let graded = ValidCheckin {
        grade: Some(Grade::Fail),
        ..Default::default()
    };
    assert!(graded.failed(60));
    assert!(
        !ValidCheckin::default().failed(60),
        "no 考核 recorded is not a failure"
    );
}

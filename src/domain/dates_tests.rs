use super::*;
use proptest::prelude::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn accepts_common_forms() {
    let want = date(2026, 1, 5);
    for ok in [
        "2026-01-05",
        "2026-1-5",
        "20260105",
        "2026/1/5",
        "2026.1.5",
        " 2026-01-05 ",
        "２０２６－０１－０５",
        "２０２６／１／５",
        "２０２６．１．５",
        "2026年1月5日",
        "2026年01月05日",
        "2026年1月5",
        "2026年1月5号",
        "２０２６年１月５日",
        "2026 年 1 月 5 日",
    ] {
        assert_eq!(parse_date(ok), Ok(want), "{ok}");
    }
}

#[test]
fn refuses_impossible_dates() {
    for bad in [
        "2026-02-30",
        "2025-02-29",
        "2026-13-01",
        "2026-00-10",
        "20260132",
    ] {
        assert_eq!(
            parse_date(bad),
            Err(DateError::Impossible(bad.to_string())),
            "{bad}"
        );
    }
    assert_eq!(parse_date("2024-02-29"), Ok(date(2024, 2, 29)));
    assert_eq!(
        DateError::Impossible("2026-02-30".into()).to_string(),
        "日期不存在：2026-02-30"
    );
}

#[test]
fn refuses_bad_format() {
    assert_eq!(parse_date(""), Err(DateError::Empty));
    assert_eq!(parse_date("   "), Err(DateError::Empty));
    for bad in [
        "2026",
        "26-1-5",
        "2026-1",
        "2026-1-5-1",
        "2026-001-5",
        "2026--5",
        "abc",
        "2026-1-5x",
        "202615",
        "一月五日",
        "2026-+1-5",
    ] {
        assert_eq!(parse_date(bad), Err(DateError::Format), "{bad}");
    }
    assert!(DateError::Format.to_string().contains("2026-01-05"));
}

#[test]
fn formats() {
    assert_eq!(format_date(date(2026, 1, 5)), "2026-01-05");
}

#[test]
fn datetime_minute() {
    let want = date(2026, 1, 5).and_hms_opt(9, 30, 0).unwrap();
    for ok in [
        "2026-01-05 09:30",
        "2026-01-05 9:30",
        "2026-1-5  9:30",
        "2026/1/5 09：30",
        "2026年1月5日 9:30",
        "2026年1月5日9:30",
    ] {
        assert_eq!(parse_datetime_minute(ok), Ok(want), "{ok}");
    }
    assert_eq!(parse_datetime_minute(""), Err(DateError::Empty));
    assert!(DateError::TimeFormat.to_string().contains("09:30"));
    for bad in [
        "2026-01-05",
        "2026-01-05 0930",
        "2026-01-05 9:3",
        "x 9:30",
        "2026-01-05 9点",
    ] {
        assert_eq!(
            parse_datetime_minute(bad),
            Err(DateError::TimeFormat),
            "{bad}"
        );
    }
    for bad in ["2026-02-30 9:30", "2025-02-29 09:30", "2026-13-01 25:00"] {
        assert_eq!(
            parse_datetime_minute(bad),
            Err(DateError::Impossible(bad.to_string())),
            "{bad}"
        );
    }
}

#[test]
fn datetime_minute_out_of_range_time_blames_the_time() {
    for bad in [
        "2026-11-29 25:00",
        "2026-11-29 24:00",
        "2026-01-05 9:60",
        "2026-01-05 23:99",
        "2026年11月29日25:00",
    ] {
        let err = parse_datetime_minute(bad);
        assert_eq!(
            err,
            Err(DateError::ImpossibleTime(bad.to_string())),
            "{bad}"
        );
        let msg = err.unwrap_err().to_string();
        assert!(msg.contains("时间"), "{msg}");
        assert!(!msg.contains("日期"), "{msg}");
        assert!(msg.contains(bad), "{msg}");
    }
    assert_eq!(
        DateError::ImpossibleTime("2026-11-29 25:00".into()).to_string(),
        "时间不存在：2026-11-29 25:00（小时为 0–23，分钟为 00–59）"
    );
    // The edges are still accepted.
    let last = date(2026, 11, 29).and_hms_opt(23, 59, 0).unwrap();
    assert_eq!(parse_datetime_minute("2026-11-29 23:59"), Ok(last));
    let first = date(2026, 11, 29).and_hms_opt(0, 0, 0).unwrap();
    assert_eq!(parse_datetime_minute("2026-11-29 0:00"), Ok(first));
}

proptest! {
    #[test]
    fn format_then_parse_round_trips(days in 0i64..200_000) {
        let d = date(1900, 1, 1) + chrono::Duration::days(days);
        prop_assert_eq!(parse_date(&format_date(d)), Ok(d));
    }

    #[test]
    fn never_panics(s in "\\PC{0,24}") {
        let _ = parse_date(&s);
        let _ = parse_datetime_minute(&s);
    }
}

#[test]
fn months_typed_many_ways() {
    let nov = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    for typed in [
        "2026-11",
        "2026/11",
        "202611",
        "2026年11月",
        "2026-11-17",
        "２０２６－１１",
    ] {
        assert_eq!(parse_month(typed), Ok(nov), "{typed}");
    }
    assert_eq!(parse_month("2026-13"), Err(DateError::MonthFormat));
    assert_eq!(parse_month(""), Err(DateError::Empty));
    assert_eq!(format_month(nov), "2026-11");
}

//! The public-legal-service ledger (服务台账): one line per visitor, call or home visit, its
//! checks, and the people-served figure against the office's target.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use super::dates::parse_datetime_minute;
use super::validation::{FieldError, FieldErrors, check_text_len, require};
use crate::strings;

pub const SUMMARY_MAX: usize = 500;
pub const REFERRED_MAX: usize = 50;
pub const VISITOR_MAX: usize = 20;
/// The code of 处理结果 = 转交: then 转交去向 is required.
pub const OUTCOME_REFERRED: &str = "referred";
/// The code of 满意度 = 未评价, the default.
pub const SATISFACTION_NONE: &str = "none";
/// The code of 法律援助, for the legal-aid-only people-served figure.
pub const SERVICE_LEGAL_AID: &str = "aid";

/// What the entry form holds: choices already turned into codes ("" for none).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntryInput {
    pub served_at: String,
    pub channel: String,
    pub service: String,
    pub person_id: Option<i64>,
    /// A visitor without a person record (a caller who gives only a name, or 匿名).
    pub visitor_name: String,
    pub special_groups: Vec<String>,
    pub matter: String,
    pub summary: String,
    pub outcome: String,
    pub referred_to: String,
    pub follow_up: bool,
    pub satisfaction: String,
    pub handler: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidEntry {
    /// 'YYYY-MM-DD HH:MM', local time.
    pub served_at: String,
    pub channel: String,
    pub service: String,
    pub person_id: Option<i64>,
    pub visitor_name: String,
    pub special_groups: Vec<String>,
    pub matter: String,
    pub summary: String,
    pub outcome: String,
    pub referred_to: String,
    pub follow_up: bool,
    pub satisfaction: String,
    pub handler: String,
}

/// How far back a visit may be entered: a time more than this before now is a typing slip
/// (2016 for 2026), refused at the field.
pub const STALE_AFTER_DAYS: i64 = 366;

/// The error for a visit time years in the past. Asked of a new entry and of an edit that
/// changes the time; a stored entry keeps the time it has.
pub fn check_not_stale(served_at: &str, now: NaiveDateTime) -> Option<FieldError> {
    let t = parse_datetime_minute(served_at).ok()?;
    (now - t > chrono::TimeDelta::days(STALE_AFTER_DAYS))
        .then(|| FieldError::new("served_at", strings::LEDGER_STALE_TIME))
}

/// Checks an entry; all errors at once, each at its field. `now` bounds the time: an entry
/// is written when or after the visitor came, never before.
pub fn validate_entry(input: &EntryInput, now: NaiveDateTime) -> Result<ValidEntry, FieldErrors> {
    let mut errors = FieldErrors::new();
    let served_at = match parse_datetime_minute(&input.served_at) {
        Ok(t) if t > now => {
            errors.push(FieldError::new("served_at", strings::LEDGER_FUTURE_TIME));
            String::new()
        }
        Ok(t) => t.format("%Y-%m-%d %H:%M").to_string(),
        Err(e) => {
            errors.push(FieldError::new("served_at", e.to_string()));
            String::new()
        }
    };
    for (field, value) in [
        ("channel", &input.channel),
        ("service", &input.service),
        ("matter", &input.matter),
        ("outcome", &input.outcome),
        ("handler", &input.handler),
    ] {
        errors.extend(require(field, value));
    }
    let visitor_name = input.visitor_name.trim().to_string();
    if input.person_id.is_none() {
        errors.extend(
            require("visitor", &visitor_name)
                .map(|_| FieldError::new("visitor", strings::LEDGER_NO_VISITOR))
                .or_else(|| check_text_len("visitor", &visitor_name, VISITOR_MAX)),
        );
    }
    let summary = input.summary.trim().to_string();
    errors.extend(
        require("summary", &summary).or_else(|| check_text_len("summary", &summary, SUMMARY_MAX)),
    );
    let referred_to = input.referred_to.trim().to_string();
    if input.outcome == OUTCOME_REFERRED {
        errors.extend(
            require("referred_to", &referred_to)
                .map(|_| FieldError::new("referred_to", strings::LEDGER_REFERRED_WHERE))
                .or_else(|| check_text_len("referred_to", &referred_to, REFERRED_MAX)),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ValidEntry {
        served_at,
        channel: input.channel.clone(),
        service: input.service.clone(),
        person_id: input.person_id,
        visitor_name: if input.person_id.is_some() {
            String::new()
        } else {
            visitor_name
        },
        special_groups: input.special_groups.clone(),
        matter: input.matter.clone(),
        summary,
        outcome: input.outcome.clone(),
        referred_to: if input.outcome == OUTCOME_REFERRED {
            referred_to
        } else {
            String::new()
        },
        follow_up: input.follow_up,
        satisfaction: if input.satisfaction.is_empty() {
            SATISFACTION_NONE.to_string()
        } else {
            input.satisfaction.clone()
        },
        handler: input.handler.clone(),
    })
}

/// People served per 100,000 residents.
pub fn per_100k(count: i64, population: i64) -> Option<f64> {
    (population > 0).then(|| count as f64 * 100_000.0 / population as f64)
}

/// The share of a yearly target due by the end of `days` days of `year`.
pub fn pro_rata(yearly: f64, days: u32, year: i32) -> f64 {
    let in_year = if NaiveDate::from_ymd_opt(year, 2, 29).is_some() {
        366.0
    } else {
        365.0
    };
    yearly * f64::from(days) / in_year
}

/// Days of `month` (1–12) of `year`, and days from 1 January to the end of that month.
pub fn month_days(year: i32, month: u32) -> Option<(u32, u32)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    let days = (next - first).num_days() as u32;
    Some((days, first.ordinal0() + days))
}

/// Satisfied or fairly satisfied, of those who gave a rating (in per cent).
pub fn satisfaction_rate(satisfied: i64, fair: i64, unsatisfied: i64) -> Option<f64> {
    let rated = satisfied + fair + unsatisfied;
    (rated > 0).then(|| (satisfied + fair) as f64 * 100.0 / rated as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 29)
            .and_then(|d| d.and_hms_opt(10, 30, 0))
            .unwrap()
    }

    fn walk_in() -> EntryInput {
        EntryInput {
            served_at: "2026-11-29 9:05".into(),
            channel: "window".into(),
            service: "consult".into(),
            visitor_name: "匿名".into(),
            matter: "labour".into(),
            summary: "咨询拖欠工资如何维权".into(),
            outcome: "answered".into(),
            handler: "张敏".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_time_years_in_the_past_is_stale() {
        assert!(check_not_stale("2016-11-29 09:00", now()).is_some());
        assert!(check_not_stale("2025-12-01 09:00", now()).is_none());
        assert!(check_not_stale("not a time", now()).is_none());
    }

    #[test]
    fn a_walk_in_consultation_passes_with_defaults() {
        let v = validate_entry(&walk_in(), now()).unwrap();
        assert_eq!(v.served_at, "2026-11-29 09:05");
        assert_eq!(v.satisfaction, SATISFACTION_NONE);
        assert_eq!(v.visitor_name, "匿名");
    }

    #[test]
    fn every_error_is_reported_at_its_field() {
        let input = EntryInput {
            served_at: "2026-11-29 11:00".into(),
            outcome: OUTCOME_REFERRED.into(),
            summary: "字".repeat(SUMMARY_MAX + 1),
            ..Default::default()
        };
        let errors = validate_entry(&input, now()).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "served_at",
                "channel",
                "service",
                "matter",
                "handler",
                "visitor",
                "summary",
                "referred_to"
            ]
        );
        assert!(errors[0].message.contains("晚于现在"));
        assert!(errors[6].message.contains("500"));
    }

    #[test]
    fn a_person_record_replaces_the_typed_name() {
        let mut input = walk_in();
        input.person_id = Some(7);
        input.visitor_name = "张三".into();
        let v = validate_entry(&input, now()).unwrap();
        assert_eq!((v.person_id, v.visitor_name.as_str()), (Some(7), ""));
    }

    #[test]
    fn targets_are_pro_rata() {
        assert_eq!(month_days(2026, 2), Some((28, 59)));
        assert_eq!(month_days(2028, 2), Some((29, 60)));
        assert_eq!(month_days(2026, 12), Some((31, 365)));
        assert_eq!(month_days(2026, 13), None);
        assert!((pro_rata(110.0, 365, 2026) - 110.0).abs() < 1e-9);
        assert!((pro_rata(110.0, 31, 2026) - 110.0 * 31.0 / 365.0).abs() < 1e-9);
        assert_eq!(per_100k(52, 52_000), Some(100.0));
        assert_eq!(per_100k(5, 0), None);
        assert_eq!(satisfaction_rate(8, 1, 1), Some(90.0));
        assert_eq!(satisfaction_rate(0, 0, 0), None);
    }
}

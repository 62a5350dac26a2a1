//! Parsing and formatting of dates typed by hand.

use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

use crate::domain::text::{all_digits, fold_fullwidth};
use crate::strings;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    Empty,
    Format,
    /// Only from [`parse_datetime_minute`]: not "date, then H:MM".
    TimeFormat,
    /// Well-formed but the date does not exist; carries the typed text.
    Impossible(String),
    /// Only from [`parse_datetime_minute`]: the date exists but the hour is over 23
    /// or the minute over 59; carries the typed text.
    ImpossibleTime(String),
    /// Only from [`parse_month`]: not a month.
    MonthFormat,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Empty => f.write_str(strings::DATE_EMPTY),
            DateError::Format => f.write_str(strings::DATE_FORMAT),
            DateError::TimeFormat => f.write_str(strings::DATETIME_FORMAT),
            DateError::Impossible(typed) => f.write_str(&strings::date_impossible(typed)),
            DateError::ImpossibleTime(typed) => f.write_str(&strings::time_impossible(typed)),
            DateError::MonthFormat => f.write_str(strings::MONTH_FORMAT),
        }
    }
}

impl std::error::Error for DateError {}

/// Separators accepted between year, month and day (after full-width folding).
const SEPARATORS: [char; 3] = ['-', '/', '.'];
/// Markers of the Chinese form `2026年1月5日` (`号` is a colloquial `日`).
const YEAR_MARK: char = '年';
const MONTH_MARK: char = '月';
const DAY_MARKS: [char; 2] = ['日', '号'];

/// Splits normalized date text into (year, month, day) digit groups.
fn split_ymd(text: &str) -> Option<(&str, &str, &str)> {
    if text.len() == 8 && all_digits(text) {
        return Some((text.get(0..4)?, text.get(4..6)?, text.get(6..8)?));
    }
    let mut parts = text.split(SEPARATORS);
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let ok = y.len() == 4
        && all_digits(y)
        && (1..=2).contains(&m.len())
        && all_digits(m)
        && (1..=2).contains(&d.len())
        && all_digits(d);
    ok.then_some((y, m, d))
}

/// Parses a date such as `2026-01-05`, `2026-1-5`, `20260105`, `2026/1/5`,
/// `2026.1.5`, `2026年1月5日`, including full-width digits and separators.
pub fn parse_date(input: &str) -> Result<NaiveDate, DateError> {
    let typed = input.trim();
    if typed.is_empty() {
        return Err(DateError::Empty);
    }
    let mut text: String = fold_fullwidth(typed)
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| {
            if c == YEAR_MARK || c == MONTH_MARK {
                '-'
            } else {
                c
            }
        })
        .collect();
    if text.ends_with(DAY_MARKS) {
        text.pop();
    }
    let (y, m, d) = split_ymd(&text).ok_or(DateError::Format)?;
    // All three groups are 1-4 ASCII digits, so these parses cannot overflow.
    let year: i32 = y.parse().map_err(|_| DateError::Format)?;
    let month: u32 = m.parse().map_err(|_| DateError::Format)?;
    let day: u32 = d.parse().map_err(|_| DateError::Format)?;
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| DateError::Impossible(typed.into()))
}

/// Parses a month such as `2026-11`, `2026/11`, `202611`, `2026年11月` (or a whole date, whose
/// month it is) into its first day.
pub fn parse_month(input: &str) -> Result<NaiveDate, DateError> {
    let typed = fold_fullwidth(input.trim());
    if typed.is_empty() {
        return Err(DateError::Empty);
    }
    if let Ok(day) = parse_date(&typed) {
        return Ok(day.with_day(1).unwrap_or(day));
    }
    let text = typed.trim_end_matches(MONTH_MARK);
    let dashed = if text.len() == 6 && all_digits(text) {
        format!("{}-{}", &text[..4], &text[4..])
    } else {
        text.to_string()
    };
    parse_date(&format!("{dashed}-01")).map_err(|_| DateError::MonthFormat)
}

/// Formats a month as `YYYY-MM`.
pub fn format_month(month: NaiveDate) -> String {
    month.format("%Y-%m").to_string()
}

/// Formats as `YYYY-MM-DD`.
pub fn format_date(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Parses `H:MM` or `HH:MM` (minutes always two digits).
fn parse_time(text: &str, typed: &str) -> Result<NaiveTime, DateError> {
    let (h, m) = text.split_once(':').ok_or(DateError::TimeFormat)?;
    if !((1..=2).contains(&h.len()) && all_digits(h) && m.len() == 2 && all_digits(m)) {
        return Err(DateError::TimeFormat);
    }
    let hour: u32 = h.parse().map_err(|_| DateError::TimeFormat)?;
    let minute: u32 = m.parse().map_err(|_| DateError::TimeFormat)?;
    NaiveTime::from_hms_opt(hour, minute, 0).ok_or_else(|| DateError::ImpossibleTime(typed.into()))
}

/// Parses a date followed by a time to the minute, e.g. `2026-01-05 09:30`
/// or `2026-01-05 9:30` (any date form accepted by [`parse_date`]).
pub fn parse_datetime_minute(input: &str) -> Result<NaiveDateTime, DateError> {
    let typed = input.trim();
    if typed.is_empty() {
        return Err(DateError::Empty);
    }
    let folded = fold_fullwidth(typed);
    let folded = folded.trim();
    // The time is the part after the last whitespace, or after a `日`/`号`
    // when the Chinese form is written without a space.
    let split = folded
        .rfind(char::is_whitespace)
        .or_else(|| folded.rfind(DAY_MARKS));
    let (date_part, rest) = split
        .and_then(|i| folded.split_at_checked(i))
        .ok_or(DateError::TimeFormat)?;
    // Drop the separator (whitespace or `日`/`号`) that `rest` starts with.
    let mut rest = rest.chars();
    rest.next();
    let date = match parse_date(date_part) {
        Ok(d) => d,
        Err(DateError::Impossible(_)) => return Err(DateError::Impossible(typed.into())),
        Err(_) => return Err(DateError::TimeFormat),
    };
    let time = parse_time(rest.as_str().trim(), typed)?;
    Ok(date.and_time(time))
}

#[cfg(test)]
#[path = "dates_tests.rs"]
mod tests;

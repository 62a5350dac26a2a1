//! Periods as a desk names them: this month, last month, a month typed as `202611`, a range.
//! Shared by the filter forms (从 takes a month) and the F9 menus (the period to print).

use chrono::{Datelike, Months, NaiveDate};

use crate::domain::{parse_date, parse_month};
use crate::ui::widgets::form::Form;

/// The first and the last day of the month of `day`.
pub fn month_of(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = day.with_day(1).unwrap_or(day);
    let last = first
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first);
    (first, last)
}

/// The month before the month of `day`.
pub fn last_month(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = day.with_day(1).unwrap_or(day);
    month_of(first.pred_opt().unwrap_or(first))
}

/// Whether `from`..=`to` is one whole month.
pub fn is_whole_month(from: NaiveDate, to: NaiveDate) -> bool {
    month_of(from) == (from, to)
}

/// 从 and 到 of a filter form (fields `from` and `to`, 到 prefilled with `to_before`): 从 may
/// be a month (`202611`), which means the whole month when 到 was left as it was or emptied.
/// Each is None when it is empty or not a date.
pub fn read_period(form: &Form, to_before: &str) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let from_text = form.text("from");
    let to_text = form.text("to").trim();
    let to = parse_date(to_text).ok();
    match (parse_date(from_text), parse_month(from_text)) {
        (Ok(from), _) => (Some(from), to),
        (Err(_), Ok(first)) if to_text.is_empty() || to_text == to_before.trim() => {
            let (first, last) = month_of(first);
            (Some(first), Some(last))
        }
        (Err(_), Ok(first)) => (Some(first), to),
        _ => (None, to),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn months_and_last_months() {
        assert_eq!(month_of(d(2026, 2, 10)), (d(2026, 2, 1), d(2026, 2, 28)));
        assert_eq!(last_month(d(2026, 1, 2)), (d(2025, 12, 1), d(2025, 12, 31)));
        assert!(is_whole_month(d(2026, 11, 1), d(2026, 11, 30)));
        assert!(!is_whole_month(d(2026, 11, 1), d(2026, 11, 29)));
    }
}

//! Periods as a desk names them: this month, last month, a month typed as `202611`, a range.
//! Shared by the filter forms (从 takes a month) and the F9 menus (the period to print).

use chrono::{Datelike, Months, NaiveDate};

use super::form_screen::{FormScreen, Saving};
use crate::domain::{format_date, parse_date, parse_month};
use crate::strings as s;
use crate::ui::layer::Ctx;
use crate::ui::print::{PrintMenu, Printout};
use crate::ui::widgets::form::{Field, Form};

/// On the 1st–5th of a month the desk is closing last month: its statistics come first.
pub const CLOSING_DAYS: u32 = 5;

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

/// The months whose statistics F9 offers on `today`, first the likelier: last month on the
/// 1st–5th, else this month.
pub fn statistics_months(today: NaiveDate) -> [NaiveDate; 2] {
    let this = month_of(today).0;
    let last = last_month(today).0;
    if today.day() <= CLOSING_DAYS {
        [last, this]
    } else {
        [this, last]
    }
}

/// A period as a label names it: `2026-11` (a whole month), `2026-11-02` (one day) or
/// `2026-11-02 至 2026-11-20`.
pub fn label(from: NaiveDate, to: NaiveDate) -> String {
    if is_whole_month(from, to) {
        from.format("%Y-%m").to_string()
    } else if from == to {
        format_date(from)
    } else {
        s::period_range(&format_date(from), &format_date(to))
    }
}

/// What a period's printouts are: made when the period is chosen.
pub type PeriodPrintouts = Box<dyn Fn(NaiveDate, NaiveDate) -> Vec<Printout>>;

/// F9 → 其他月份或时段…: a month (`202611`) or a range, then the menu of that period's
/// printouts. `months_only`: statistics, which are by whole month.
pub fn period_form(today: NaiveDate, months_only: bool, make: PeriodPrintouts) -> FormScreen {
    let suggested = last_month(today).0.format("%Y%m").to_string();
    let mut fields = vec![
        Field::date("from", s::PRINT_PERIOD_FROM)
            .required()
            .or_month()
            .value(&suggested),
    ];
    if !months_only {
        fields.push(Field::date("to", s::PRINT_PERIOD_TO));
    }
    let form = Form::new(s::PRINT_PERIOD_TITLE, fields);
    let save = move |form: &mut Form, _ctx: &mut Ctx<'_>| {
        let (Some(from), to) = read_period(form, "") else {
            return Saving::Invalid;
        };
        let Some(to) = to else {
            match months_only {
                true => form.set_error("from", s::PRINT_PERIOD_NOT_A_MONTH),
                false => form.set_error("to", s::PRINT_PERIOD_NEEDS_TO),
            }
            return Saving::Invalid;
        };
        if to < from {
            form.set_error("to", s::LEDGER_RANGE_BACKWARDS);
            return Saving::Invalid;
        }
        if months_only && !is_whole_month(from, to) {
            form.set_error("from", s::PRINT_PERIOD_NOT_A_MONTH);
            return Saving::Invalid;
        }
        let menu = PrintMenu::new(s::REPORT_MENU_TITLE, make(from, to));
        Saving::Then(Box::new(menu))
    };
    FormScreen::new(form, Box::new(save))
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
    fn last_months_statistics_come_first_on_the_first_five_days() {
        assert_eq!(statistics_months(d(2026, 12, 2))[0], d(2026, 11, 1));
        assert_eq!(statistics_months(d(2026, 12, 6))[0], d(2026, 12, 1));
        assert_eq!(label(d(2026, 11, 1), d(2026, 11, 30)), "2026-11");
        assert_eq!(label(d(2026, 11, 2), d(2026, 11, 2)), "2026-11-02");
        assert_eq!(
            label(d(2026, 11, 2), d(2026, 11, 9)),
            "2026-11-02 至 2026-11-09"
        );
    }

    #[test]
    fn months_and_last_months() {
        assert_eq!(month_of(d(2026, 2, 10)), (d(2026, 2, 1), d(2026, 2, 28)));
        assert_eq!(last_month(d(2026, 1, 2)), (d(2025, 12, 1), d(2025, 12, 31)));
        assert!(is_whole_month(d(2026, 11, 1), d(2026, 11, 30)));
        assert!(!is_whole_month(d(2026, 11, 1), d(2026, 11, 29)));
    }
}

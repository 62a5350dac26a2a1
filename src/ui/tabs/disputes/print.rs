//! F9 on the disputes, declared: the 受理登记表 of the selected case; the register of the
//! period the list shows (after F3 从…到…, else this month); the statistics of the month the
//! list shows, this month and last month (last month first on the 1st–5th); and a line that
//! asks for another month or range. Each label names its period. The shared runner
//! (`ui::print`) reads, writes and prints them.

use chrono::NaiveDate;

use crate::report::{Format, disputes};
use crate::strings as s;
use crate::ui::print::Printout;
use crate::ui::screens::period::{is_whole_month, label, month_of, period_form, statistics_months};

const PDF: &[Format] = &[Format::Pdf];
const TABLES: &[Format] = &[Format::Pdf, Format::Xlsx, Format::Csv];

/// The register of `from`..=`to`.
fn register(office: &str, from: NaiveDate, to: NaiveDate) -> Printout {
    let office = office.to_string();
    let period = label(from, to);
    Printout::new(s::dreport_print_register(&period), TABLES, move |store| {
        disputes::register(store, &office, from, to, false).map(|d| (d, period.clone()))
    })
}

/// The statistics of the month that begins on `first`.
fn monthly(office: &str, first: NaiveDate) -> Printout {
    let office = office.to_string();
    let month = first.format("%Y-%m").to_string();
    Printout::new(s::dreport_print_monthly(&month), TABLES, move |store| {
        disputes::monthly(store, &office, first).map(|d| (d, month.clone()))
    })
}

/// The printouts of a period chosen after F9: its register, and its statistics when it is a
/// whole month.
fn of_period(office: &str, from: NaiveDate, to: NaiveDate) -> Vec<Printout> {
    let mut out = vec![register(office, from, to)];
    if is_whole_month(from, to) {
        out.push(monthly(office, from));
    }
    out
}

/// For `office`: the case form of `selected`, the register of `shown` (the list's period:
/// from, to; else the month the statistics offer first) and the statistics, as of `today`.
pub fn printouts(
    office: &str,
    selected: Option<i64>,
    shown: (Option<NaiveDate>, Option<NaiveDate>),
    today: NaiveDate,
) -> Vec<Printout> {
    let mut out = Vec::new();
    if let Some(id) = selected {
        out.push(Printout::new(s::DREPORT_PRINT_FORM, PDF, move |store| {
            disputes::register_form(store, id).map(|d| {
                let period = d.period.clone();
                (d, period)
            })
        }));
    }
    let filtered = shown != (None, None);
    let (from, to) = match shown {
        // Unfiltered: the month the statistics offer first (last month on the 1st–5th).
        (None, None) => month_of(statistics_months(today)[0]),
        (from, to) => {
            let to = to.unwrap_or(today);
            (from.unwrap_or_else(|| month_of(to).0), to)
        }
    };
    let (from, to) = if from <= to {
        (from, to)
    } else {
        month_of(today)
    };
    out.push(register(office, from, to));
    let mut months = Vec::new();
    if filtered && is_whole_month(from, to) {
        months.push(from);
    }
    for m in statistics_months(today) {
        if !months.contains(&m) {
            months.push(m);
        }
    }
    out.extend(months.into_iter().map(|m| monthly(office, m)));
    let office = office.to_string();
    out.push(Printout::ask(s::PRINT_ASK_PERIOD, move || {
        let office = office.clone();
        Box::new(period_form(
            today,
            false,
            Box::new(move |from, to| of_period(&office, from, to)),
        ))
    }));
    out
}

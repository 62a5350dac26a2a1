//! F9 on the ledger, declared: the ledger of the day the list shows in four formats, and the
//! statistics of a month in three — the month the list shows (after F3 从 202610), this month
//! and last month (last month first on the 1st–5th), or another month asked for. Each label
//! names its period. The shared runner (`ui::print`) reads, writes and prints them.

use chrono::NaiveDate;

use crate::domain::format_date;
use crate::report::{Format, ledger};
use crate::strings as s;
use crate::ui::print::Printout;
use crate::ui::screens::period::{is_whole_month, period_form, statistics_months};

const DAY_FORMATS: &[Format] = &[Format::Pdf, Format::Xlsx, Format::Csv, Format::Txt];
const MONTH_FORMATS: &[Format] = &[Format::Pdf, Format::Xlsx, Format::Csv];

/// The ledger of `day`.
fn day_printout(office: &str, day: NaiveDate) -> Printout {
    let office = office.to_string();
    Printout::new(
        s::ledger_print_day(&format_date(day)),
        DAY_FORMATS,
        move |store| {
            ledger::daily(store, &office, day, false)
                .map(|d| (d, day.format("%Y-%m-%d").to_string()))
        },
    )
}

/// The statistics of the month that begins on `first`.
fn month_printout(office: &str, first: NaiveDate) -> Printout {
    let office = office.to_string();
    let month = first.format("%Y-%m").to_string();
    Printout::new(s::ledger_print_month(&month), MONTH_FORMATS, move |store| {
        ledger::monthly(store, &office, first).map(|d| (d, month.clone()))
    })
}

/// For `office`: the ledger of `day` (the list's last day), the statistics of the month the
/// list shows (`shown`, when it is a whole month), of this and last month as of `today`, and
/// a line that asks for another month.
pub fn printouts(
    office: &str,
    day: NaiveDate,
    shown: (NaiveDate, NaiveDate),
    today: NaiveDate,
) -> Vec<Printout> {
    let mut months = Vec::new();
    if is_whole_month(shown.0, shown.1) {
        months.push(shown.0);
    }
    for m in statistics_months(today) {
        if !months.contains(&m) {
            months.push(m);
        }
    }
    let mut out = vec![day_printout(office, day)];
    out.extend(months.into_iter().map(|m| month_printout(office, m)));
    let office = office.to_string();
    out.push(Printout::ask(s::PRINT_ASK_MONTH, move || {
        let office = office.clone();
        Box::new(period_form(
            today,
            true,
            Box::new(move |first, _| vec![month_printout(&office, first)]),
        ))
    }));
    out
}

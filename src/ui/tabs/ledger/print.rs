//! F9 on the ledger, declared: the day's ledger in four formats and the month's statistics in
//! three. The shared runner (`ui::print`) reads, writes and prints them.

use chrono::{Datelike, NaiveDate};

use crate::domain::format_date;
use crate::report::{Format, ledger};
use crate::strings as s;
use crate::ui::print::Printout;

const DAY_FORMATS: &[Format] = &[Format::Pdf, Format::Xlsx, Format::Csv, Format::Txt];
const MONTH_FORMATS: &[Format] = &[Format::Pdf, Format::Xlsx, Format::Csv];

/// The ledger of `day` and the statistics of its month, for `office`.
pub fn printouts(office: &str, day: NaiveDate) -> Vec<Printout> {
    let first = day.with_day(1).unwrap_or(day);
    let month = first.format("%Y-%m").to_string();
    let (o1, o2) = (office.to_string(), office.to_string());
    vec![
        Printout::new(
            s::ledger_print_day(&format_date(day)),
            DAY_FORMATS,
            move |store| {
                ledger::daily(store, &o1, day, false)
                    .map(|d| (d, day.format("%Y-%m-%d").to_string()))
            },
        ),
        Printout::new(s::ledger_print_month(&month), MONTH_FORMATS, move |store| {
            ledger::monthly(store, &o2, first).map(|d| (d, month.clone()))
        }),
    ]
}

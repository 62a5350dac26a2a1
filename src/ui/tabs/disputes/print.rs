//! F9 on the disputes, declared: the 受理登记表 of the selected case, the month's register and
//! the month's statistics. The shared runner (`ui::print`) reads, writes and prints them.

use chrono::{Datelike, Months, NaiveDate};

use crate::report::{Format, disputes};
use crate::strings as s;
use crate::ui::print::Printout;

const PDF: &[Format] = &[Format::Pdf];
const TABLES: &[Format] = &[Format::Pdf, Format::Xlsx, Format::Csv];

/// The case form of `selected` (when a case is selected) and the register and statistics of
/// the month of `day`, for `office`.
pub fn printouts(office: &str, selected: Option<i64>, day: NaiveDate) -> Vec<Printout> {
    let first = day.with_day(1).unwrap_or(day);
    let last = first
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(day);
    let month = first.format("%Y-%m").to_string();
    let mut out = Vec::new();
    if let Some(id) = selected {
        out.push(Printout::new(s::DREPORT_PRINT_FORM, PDF, move |store| {
            disputes::register_form(store, id).map(|d| {
                let period = d.period.clone();
                (d, period)
            })
        }));
    }
    let (o1, o2, m1, m2) = (
        office.to_string(),
        office.to_string(),
        month.clone(),
        month.clone(),
    );
    out.push(Printout::new(
        s::dreport_print_register(&month),
        TABLES,
        move |store| disputes::register(store, &o1, first, last, false).map(|d| (d, m1.clone())),
    ));
    out.push(Printout::new(
        s::dreport_print_monthly(&month),
        TABLES,
        move |store| disputes::monthly(store, &o2, first).map(|d| (d, m2.clone())),
    ));
    out
}

//! F9 on 社区矫正, declared: this month's sign-in sheet and the minors' own sheet, the monthly
//! summary (last month's during the first five days of a month, else this month's) and the
//! selected subject's record. The shared runner (`ui::print`) reads, writes and prints them.

use chrono::{Datelike, Months, NaiveDate};

use crate::report::{Format, corrections};
use crate::strings as s;
use crate::ui::print::Printout;

use super::month::likely_month;

const PDF: &[Format] = &[Format::Pdf];
const TABLES: &[Format] = &[Format::Pdf, Format::Xlsx, Format::Csv];

/// The printouts of `office_code` on `today`, and the record of `selected` when a subject is
/// selected.
pub fn printouts(office_code: &str, selected: Option<i64>, today: NaiveDate) -> Vec<Printout> {
    let first = today.with_day(1).unwrap_or(today);
    let month = first.format("%Y-%m").to_string();
    let mut out = Vec::new();
    for minors in [false, true] {
        let (office, period) = (office_code.to_string(), month.clone());
        let label = if minors {
            s::crpt_print_sign_in_minors(&month)
        } else {
            s::crpt_print_sign_in(&month)
        };
        out.push(Printout::new(label, TABLES, move |store| {
            corrections::sign_in(store, &office, first, minors).map(|d| (d, period.clone()))
        }));
    }
    let summary = likely_month(today);
    let summary_key = summary.format("%Y-%m").to_string();
    let (office, period) = (office_code.to_string(), summary_key.clone());
    out.push(Printout::new(
        s::crpt_print_monthly(&summary_key),
        TABLES,
        move |store| {
            corrections::monthly(store, &office, summary, today).map(|d| (d, period.clone()))
        },
    ));
    let entrants = first.checked_sub_months(Months::new(1)).unwrap_or(first);
    let entrants_key = entrants.format("%Y-%m").to_string();
    let (office, period) = (office_code.to_string(), entrants_key.clone());
    out.push(Printout::new(
        s::crpt_print_announcement(&entrants_key),
        TABLES,
        move |store| {
            corrections::announcement(store, &office, entrants).map(|d| (d, period.clone()))
        },
    ));
    if let Some(id) = selected {
        out.push(Printout::new(s::CRPT_PRINT_RECORD, PDF, move |store| {
            corrections::record(store, id, today).map(|d| (d, corrections::record_file_period(id)))
        }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn labels(selected: Option<i64>, today: &str) -> Vec<String> {
        printouts("360726101", selected, d(today))
            .into_iter()
            .map(|p| p.label)
            .collect()
    }

    #[test]
    fn the_summary_is_last_months_in_the_first_five_days() {
        assert_eq!(
            labels(None, "2026-12-05"),
            [
                "2026-12 签到表",
                "2026-12 未成年人签到表",
                "2026-11 月度汇总",
                "集中入矫宣告签名表（2026-11 新入矫，不含未成年人）"
            ]
        );
        assert_eq!(labels(None, "2026-12-06")[2], "2026-12 月度汇总");
        assert_eq!(labels(None, "2027-01-01")[2], "2026-12 月度汇总");
    }

    #[test]
    fn a_selected_subject_adds_the_record_as_pdf() {
        let all = printouts("360726101", Some(7), d("2026-11-29"));
        assert_eq!(all.len(), 5);
        assert_eq!(all[4].label, "选中对象的档案");
        assert_eq!(all[4].formats, [Format::Pdf]);
        assert_eq!(all[0].formats, [Format::Pdf, Format::Xlsx, Format::Csv]);
    }

    #[test]
    fn the_sign_in_sheets_are_read_and_named_by_month() {
        use crate::domain::office::{OfficeInput, validate_office};
        let mut store = crate::store::Store::open_in_memory().unwrap();
        let office = validate_office(&OfficeInput {
            name: "版石镇司法所".into(),
            code: "360726101".into(),
            county: "安远县".into(),
            population: "52000".into(),
        })
        .unwrap();
        crate::store::offices::setup(&mut store, &office, "张敏").unwrap();
        let all = printouts("360726101", None, d("2026-11-29"));
        let (adults, period) = (all[0].make)(&store).unwrap();
        assert_eq!(adults.title, "社区矫正集中教育签到表");
        assert_eq!(period, "2026-11");
        let (minors, _) = (all[1].make)(&store).unwrap();
        assert_eq!(minors.title, "社区矫正未成年人签到表");
    }
}

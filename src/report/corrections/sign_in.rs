//! 签到表: the month's collective education session, one line per subject in correction
//! during the month, with a wide blank to sign on. Adults and minors sign separate sheets.

use chrono::NaiveDate;

use super::{col, month_bounds, month_label, office_name, pair, signatures};
use crate::domain::format_tenths;
use crate::report::{ColKind, Document, Section};
use crate::store::{self, Store, corrections};
use crate::strings as s;

/// The sign-in sheet of `office_code` for the month of `month` (portrait): the adults', or,
/// with `minors`, the minors' own sheet. Nobody is ever on both.
///
/// 学时 is the month's recorded education hours when a check-in holds some, else a blank to
/// fill in at the session.
pub fn sign_in(
    store: &Store,
    office_code: &str,
    month: NaiveDate,
    minors: bool,
) -> store::Result<Document> {
    let (first, _) = month_bounds(month);
    let rows: Vec<corrections::MonthRow> = corrections::month_rows(store, office_code, first)?
        .into_iter()
        .filter(|r| r.minor == minors)
        .collect();
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let categories = corrections::categories(store, &ids)?;
    let (title, empty) = if minors {
        (s::CRPT_SIGN_IN_MINORS_TITLE, s::CRPT_SIGN_IN_MINORS_EMPTY)
    } else {
        (s::CRPT_SIGN_IN_TITLE, s::CRPT_SIGN_IN_EMPTY)
    };
    let mut doc = Document {
        title: title.to_string(),
        office: office_name(store, office_code)?,
        period: s::crpt_sign_in_period(&month_label(first)),
        landscape: false,
        sections: Vec::new(),
        signatures: signatures(),
    };
    if minors {
        doc.sections
            .push(Section::Text(s::CRPT_SIGN_IN_MINORS_NOTE.to_string()));
    }
    doc.sections.push(Section::Pairs {
        caption: s::CRPT_SESSION.to_string(),
        items: [
            s::CRPT_SESSION_TIME,
            s::CRPT_SESSION_PLACE,
            s::CRPT_SESSION_TOPIC,
            s::CRPT_SESSION_TEACHER,
        ]
        .iter()
        .map(|label| pair(label, s::CRPT_BLANK))
        .collect(),
    });
    let table: Vec<Vec<String>> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let hours = r
                .checkin
                .as_ref()
                .map(|(c, _)| c.education)
                .filter(|tenths| *tenths > 0)
                .map(format_tenths)
                .unwrap_or_default();
            vec![
                (i + 1).to_string(),
                r.name.clone(),
                categories
                    .get(&r.id)
                    .map(|c| c.label().to_string())
                    .unwrap_or_default(),
                r.level.label().to_string(),
                hours,
                String::new(),
            ]
        })
        .collect();
    doc.sections.push(Section::Table {
        caption: String::new(),
        columns: vec![
            col(s::REPORT_COL_NO, 4, ColKind::Number),
            col(s::CRPT_COL_NAME, 10, ColKind::Text),
            col(s::CRPT_COL_CATEGORY, 12, ColKind::Text),
            col(s::CRPT_COL_LEVEL, 6, ColKind::Text),
            col(s::CRPT_COL_HOURS, 6, ColKind::Number),
            col(s::CRPT_COL_SIGNATURE, 30, ColKind::Text),
        ],
        rows: table,
        empty: empty.to_string(),
    });
    doc.sections.push(Section::Pairs {
        caption: s::REPORT_TOTAL.to_string(),
        items: vec![pair(s::CRPT_PERSONS, rows.len().to_string())],
    });
    Ok(doc)
}

/// 集中入矫宣告: those who entered correction in the month of `month`, for the monthly
/// collective announcement, with a column to sign. Adults only: a minor is announced apart
/// (社区矫正法 art. 54) and never listed here.
pub fn announcement(store: &Store, office_code: &str, month: NaiveDate) -> store::Result<Document> {
    let (first, _) = month_bounds(month);
    let rows: Vec<corrections::CorrectionRow> =
        corrections::new_entrants(store, office_code, first, false)?
            .into_iter()
            .filter(|r| !r.minor)
            .collect();
    let table: Vec<Vec<String>> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let f = &r.facts;
            vec![
                (i + 1).to_string(),
                r.name.clone(),
                f.category.label().to_string(),
                s::crpt_term(
                    &f.term_start.format("%Y-%m-%d").to_string(),
                    &f.term_end.format("%Y-%m-%d").to_string(),
                ),
                String::new(),
            ]
        })
        .collect();
    Ok(Document {
        title: s::CRPT_ANNOUNCE_TITLE.to_string(),
        office: office_name(store, office_code)?,
        period: s::crpt_announce_period(&month_label(first)),
        landscape: false,
        sections: vec![
            Section::Pairs {
                caption: s::CRPT_SESSION.to_string(),
                items: [
                    s::CRPT_SESSION_TIME,
                    s::CRPT_SESSION_PLACE,
                    s::CRPT_ANNOUNCER,
                ]
                .iter()
                .map(|label| pair(label, s::CRPT_BLANK))
                .collect(),
            },
            Section::Table {
                caption: String::new(),
                columns: vec![
                    col(s::REPORT_COL_NO, 4, ColKind::Number),
                    col(s::CRPT_COL_NAME, 10, ColKind::Text),
                    col(s::CRPT_COL_CATEGORY, 12, ColKind::Text),
                    col(s::CRPT_COL_TERM, 24, ColKind::Text),
                    col(s::CRPT_COL_SIGNATURE, 24, ColKind::Text),
                ],
                rows: table,
                empty: s::CRPT_ANNOUNCE_EMPTY.to_string(),
            },
            Section::Pairs {
                caption: s::REPORT_TOTAL.to_string(),
                items: vec![pair(s::CRPT_PERSONS, rows.len().to_string())],
            },
        ],
        signatures: signatures(),
    })
}
